// Every sentence a template builds about a statement: the words as they may be shown alone, the
// share text, the page's description and the share image's alt text. Pure, so one unit test can
// read them for every statement. They follow the editor's guide (content/README.md): they say no
// more than the data, a fragment never appears without its `sense`, an article's paraphrase is never
// given as the speaker's own words, who said it is never ambiguous, and parentheses never nest.
import type { Speaker } from '../../schemas/speaker';
import type { Statement } from '../../schemas/statement';

/** What the sentences need of a statement: its words, its sense, who said it and when. */
export interface StatementWords extends Pick<Statement, 'kind' | 'text' | 'sense'> {
  speaker: Pick<Speaker, 'name' | 'role' | 'kind'>;
  /** "7 Feb 2022"; absent for a statement with no single date. */
  dateLabel?: string;
}

/** The words as printed: a quote inside curly quotation marks, a paraphrase as the article has it. */
export const printedWords = (s: Pick<Statement, 'kind' | 'text'>): string => (s.kind === 'quote' ? `“${s.text}”` : s.text);

const withoutStop = (line: string) => line.trim().replace(/[.;,]$/, '');

/** Ends `line` as a sentence: adds a full stop unless it already ends with one (or ! ? …), quote marks aside. */
export const endSentence = (line: string): string => (/[.!?…][”’]?$/.test(line.trim()) ? line.trim() : `${line.trim()}.`);

/** "In our words: …": our one line of sense, labelled as ours (statements.yaml `sense`). */
export const senseLine = (sense: string): string => `In our words: ${endSentence(sense)}`;

export interface WordsAlone {
  /** The words as printed. */
  words: string;
  /** Our sense, labelled "In our words: …", when the words are a fragment that could mislead. */
  sense?: string;
  /** Both on one line, for titles, lists and structured data: "“short-term victories” (in our words: …)". */
  line: string;
}

/**
 * A statement's words as they may be shown alone, anywhere (card, list, title, share text, alt text,
 * JSON-LD): the printed words, and when the statement has a `sense`, that sense with them, labelled
 * as ours. Nothing shows a statement's words without going through here.
 */
export function wordsAlone(s: Pick<Statement, 'kind' | 'text' | 'sense'>, words = printedWords(s)): WordsAlone {
  if (!s.sense) return { words, line: words };
  return { words, sense: senseLine(s.sense), line: `${words} (in our words: ${withoutStop(s.sense)})` };
}

/** Lower-cases a leading "The"/"A" so a name or role can sit mid-sentence: "the Kremlin", "the office of …". */
export const midSentence = (phrase: string): string => phrase.replace(/^(The|A) /, (m) => m.toLowerCase());

const capitalised = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

/** An institution named without an article gets one mid-sentence: "the Russian government". */
function speakerName(speaker: StatementWords['speaker']): string {
  const name = midSentence(speaker.name);
  return speaker.kind === 'institution' && !/^(the|a) /i.test(name) ? `the ${name}` : name;
}

const words = (phrase: string) => phrase.toLowerCase().replace(/[^\p{L}\s.]/gu, ' ').split(/\s+/).filter((w) => w && !['the', 'of', 'a'].includes(w));

/** True when the role only restates the name ("Russian government", "Government of Russia"). */
const roleRestatesName = (speaker: StatementWords['speaker']) => {
  const name = words(speaker.name);
  return words(speaker.role).every((w) => name.some((n) => n.startsWith(w) || w.startsWith(n)));
};

/**
 * Who said it, with the role in its own clause so that a name inside the role cannot be read as the
 * speaker: "Jake Sullivan, U.S. National Security Advisor,"; "the Kremlin – the office of Russia’s
 * president, Vladimir Putin –" (dashes when the role has a comma of its own). Mid-sentence form.
 */
export function speakerWithRole(speaker: StatementWords['speaker']): string {
  const name = speakerName(speaker);
  if (roleRestatesName(speaker)) return name;
  const role = midSentence(speaker.role);
  return role.includes(',') ? `${name} – ${role} –` : `${name}, ${role},`;
}

const dated = (s: StatementWords) => (s.dateLabel ? ` on ${s.dateLabel}` : '');

/**
 * The share text, which is also the page's description: who said it, when, and the words.
 * - quote: "Jake Sullivan, U.S. National Security Advisor, said on 6 Feb 2022: “any day now”."
 * - paraphrase: "What the Kremlin – the office of …, Vladimir Putin – said on 7 Feb 2022, in the
 *   article’s words: The Kremlin believes …": the article's sentence, never the speaker's own words.
 * - a fragment with a sense: its sense follows, "In our words: …".
 * The date is always given when there is one, so that the article's "last week" or "on Sunday" has its day.
 */
export function shareText(s: StatementWords): string {
  const alone = wordsAlone(s);
  const who = speakerWithRole(s.speaker);
  const sentence =
    s.kind === 'quote'
      ? `${capitalised(who)} said${dated(s)}: ${alone.words}`
      : `What ${who} said${dated(s)}, in the article’s words: ${alone.words}`;
  return [endSentence(sentence), alone.sense].filter(Boolean).join(' ');
}

/** The page's meta description: the share text. */
export const statementDescription = shareText;

/**
 * The share image's alt text: what the card shows, in the same words as the share text, and the
 * story's name ("Macron in Moscow explainer").
 */
export const statementImageAlt = (s: StatementWords, storyName: string): string => `${shareText(s)} ${endSentence(storyName)}`;

/** The speaker line under the words on the share image: "The Kremlin – the office of Russia’s president, Vladimir Putin". */
export const speakerLine = (speaker: StatementWords['speaker']): string => capitalised(speakerWithRole(speaker).replace(/\s*[,–]$/, ''));

/**
 * A statement page's title (≤ 70 characters, so titles are never cut): for a fragment with a `sense`,
 * the sense itself, which holds the fragment's words and what they mean, since a cut "label (in our
 * words: …)" would drop the sense; otherwise the label.
 */
export const statementTitle = (s: { label: string; sense?: string }): string => (s.sense ? withoutStop(s.sense) : s.label);

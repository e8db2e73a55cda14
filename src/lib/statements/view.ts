// Everything the "Who said what" sidebar shows, worked out once at build time from the story data:
// words as printed, speakers, dates, sources, permalinks and short labels for links.
import type { Source } from '../../schemas/source';
import type { Speaker } from '../../schemas/speaker';
import type { Statement } from '../../schemas/statement';
import { notesFor, type Correction, type CorrectionNote } from '../corrections';
import { citeSources, sourceDateText } from '../format/citations';
import { formatShortDate } from '../format/dates';
import { fragmentWithText } from '../text-fragment';
import { statementPath, withBase } from '../urls';
import { statementDomIds, type StatementDomIds } from '../contracts';
import { locate, type MarkedParagraph } from '../text/passages';
import { printedWords, shareText, wordsAlone, type WordsAlone } from './sentences';
import { sideLabel, sidesOf, type SideLabels } from './sides';

export { printedWords };

/** A section as the sidebar names it. */
export interface SectionRef {
  id: string;
  heading: string;
  /** 1-based place in the story. */
  position: number;
}

export interface SourceView {
  id: string;
  outlet: string;
  /** The title, in quotation marks unless it is our (bracketed) description. */
  title: string;
  /** "7 Feb 2022", or the brief's wording when the date is vague; undefined for undated pages. */
  dateLabel?: string;
  /** Machine-readable date for <time>, when there is one. */
  date?: string;
  /** The outlet's own address: the only kind of source link shown. */
  url?: string;
  /** Host names of syndicated copies, shown as provenance, never as links. */
  copyHosts: string[];
}

export interface SpeakerView extends Speaker {
  sideLabel: string;
  /** All of this speaker's statements, in reading order; `onPage` false for those only on the story page. */
  statements: { id: string; excerpt: string; href: string; dateLabel?: string; onPage: boolean }[];
}

export interface StatementView {
  id: string;
  kind: Statement['kind'];
  /** The article's words, exactly as in statements.yaml. */
  text: string;
  /** The words as the sidebar prints them: a quote inside curly quotation marks, a paraphrase as is. */
  words: string;
  ids: StatementDomIds;
  speaker: Speaker & { sideLabel: string };
  date?: string;
  dateLabel?: string;
  dateNote?: string;
  via: string;
  sources: SourceView[];
  note?: string;
  /** Our one line giving the article's sense of a fragment (statements.yaml `sense`). */
  sense?: string;
  /** The words as they may be shown alone: with their sense, when they have one (sentences.ts). */
  alone: WordsAlone;
  /** The share text: who said it, when, and the words, a paraphrase as the article's (sentences.ts). */
  share: string;
  /** Published corrections to this statement, newest first. */
  corrections: CorrectionNote[];
  section: SectionRef;
  /** 0-based place in reading order across the whole story. */
  reading: number;
  /** The statement's permanent address on this page's kind: "/#statement-ID" or "/SECTION/#statement-ID". */
  permalink: string;
  /** A short name for links and buttons: "Emmanuel Macron: “reasonably optimistic”". */
  label: string;
  /** "Find in the text": "#quote-ID:~:text=…", the words' id plus a text fragment for this page's text. */
  toText: string;
  /** The statement's own page, with the deploy base: "/statements/ID/". */
  page: string;
}

export interface WhoSaidWhatView {
  statements: StatementView[];
  speakers: SpeakerView[];
  /** The sides of these speakers, in the story's order, for the filter. */
  sides: { id: string; label: string }[];
}

/** The first `count` words of `text`, with an ellipsis when cut. */
export function firstWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= count) return words.join(' ');
  return `${words.slice(0, count).join(' ').replace(/[,;:.]$/, '')}…`;
}

/**
 * The start of the words: "“reasonably optimistic”" for a quote, "paraphrase: Russia, however, …"
 * otherwise; a fragment with a sense carries it: "“short-term victories” (in our words: …)".
 */
export function statementExcerpt(statement: Pick<Statement, 'kind' | 'text' | 'sense'>): string {
  const words = firstWords(statement.text);
  return wordsAlone(statement, statement.kind === 'quote' ? `“${words}”` : `paraphrase: ${words}`).line;
}

/** A short name for links, buttons and titles: "Emmanuel Macron: “reasonably optimistic”", "Russian government, paraphrase: Russia, however, …". */
export function statementLabel(statement: Pick<Statement, 'kind' | 'text' | 'sense'>, speakerName: string): string {
  return `${speakerName}${statement.kind === 'quote' ? ':' : ','} ${statementExcerpt(statement)}`;
}

/**
 * A statement's permalink, with the deploy base: on the story page "/#statement-ID", on a section's
 * own page "/SECTION-ID/#statement-ID".
 */
export function statementPermalink(base: string, id: string, sectionPage?: string): string {
  const fragment = `#${statementDomIds(id).entry}`;
  return withBase(base, sectionPage ? `${sectionPage}/${fragment}` : fragment);
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

export function sourceView(source: Source): SourceView {
  const described = source.title.startsWith('(');
  return {
    id: source.id,
    outlet: source.outlet,
    title: described ? source.title : `“${source.title}”`,
    date: source.date,
    dateLabel: sourceDateText(source),
    url: source.url,
    copyHosts: [...new Set((source.copyUrls ?? []).map(hostOf))],
  };
}

export interface WhoSaidWhatInput {
  /** Every statement in reading order (src/queries/story-data.ts getStatements). */
  statements: Statement[];
  speakers: Speaker[];
  sources: Map<string, Source>;
  /** The story's sections in order. */
  sections: { id: string; heading: string }[];
  /** The deploy base ("/" or "/sub/path/"). */
  base: string;
  /** On a section's own page: its id. Only its statements are shown, with that page's permalinks. */
  sectionPage?: string;
  /** The corrections log, for the notes on corrected statements. */
  corrections?: Correction[];
  /**
   * The text of the page the sidebar is on, in order, with the statements marked
   * (src/lib/text/passages.ts): for the text fragments of "Find in the text". Without it the
   * links carry the id alone.
   */
  pageText?: MarkedParagraph[];
  /** The speakers' sides as the story names them (vocabulary.yaml). */
  sides: SideLabels;
}

/** The sidebar's content for the story page, or for one section's page. */
export function whoSaidWhatView(input: WhoSaidWhatInput): WhoSaidWhatView {
  const speakersById = new Map(input.speakers.map((s) => [s.id, s]));
  const sections = new Map(input.sections.map((s, i) => [s.id, { id: s.id, heading: s.heading, position: i + 1 }]));
  const all = input.statements.map((statement, reading): StatementView => {
    const speaker = speakersById.get(statement.speaker);
    if (!speaker) throw new Error(`statement "${statement.id}": unknown speaker "${statement.speaker}"`);
    const section = sections.get(statement.section);
    if (!section) throw new Error(`statement "${statement.id}": unknown section "${statement.section}"`);
    return {
      id: statement.id,
      kind: statement.kind,
      text: statement.text,
      words: printedWords(statement),
      ids: statementDomIds(statement.id),
      speaker: { ...speaker, sideLabel: sideLabel(input.sides, speaker.side) },
      date: statement.date,
      dateLabel: statement.date ? formatShortDate(statement.date) : undefined,
      dateNote: statement.dateNote,
      via: statement.via,
      sources: citeSources(statement.sources, input.sources).map(sourceView),
      note: statement.note,
      ...(statement.sense ? { sense: statement.sense } : {}),
      alone: wordsAlone(statement),
      share: shareText({ ...statement, speaker, ...(statement.date ? { dateLabel: formatShortDate(statement.date) } : {}) }),
      corrections: notesFor(input.corrections ?? [], 'statements', statement.id),
      section,
      reading,
      permalink: statementPermalink(input.base, statement.id, input.sectionPage),
      label: statementLabel(statement, speaker.name),
      toText:
        input.pageText && (!input.sectionPage || statement.section === input.sectionPage)
          ? fragmentWithText(statementDomIds(statement.id).passage, locate(input.pageText, statement.id))
          : `#${statementDomIds(statement.id).passage}`,
      page: withBase(input.base, statementPath(statement.id)),
    };
  });
  const onPage = (s: StatementView) => !input.sectionPage || s.section.id === input.sectionPage;
  const statements = all.filter(onPage);
  const speakers = input.speakers
    .filter((speaker) => statements.some((s) => s.speaker.id === speaker.id))
    .map((speaker) => ({
      ...speaker,
      sideLabel: sideLabel(input.sides, speaker.side),
      statements: all
        .filter((s) => s.speaker.id === speaker.id)
        .map((s) => ({
          id: s.id,
          excerpt: statementExcerpt(s),
          // A statement from another section is linked on the story page.
          href: onPage(s) ? `#${s.ids.entry}` : statementPermalink(input.base, s.id),
          dateLabel: s.dateLabel,
          onPage: onPage(s),
        })),
    }));
  return { statements, speakers, sides: sidesOf(input.sides, speakers).map((id) => ({ id, label: sideLabel(input.sides, id) })) };
}

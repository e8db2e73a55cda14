// URL text fragments (https://wicg.github.io/scroll-to-text-fragment/): "#quote-ID:~:text=words"
// makes a browser that supports them scroll to and highlight the words; one that does not falls
// back to the element id (and our own highlight). Pure: the caller passes the page's text.

/** Where a statement's words are in the text of the page a link points to. */
export interface TextLocation {
  /** The page's article text, one string per paragraph, whitespace collapsed. */
  paragraphs: string[];
  /** Index of the paragraph holding the words. */
  paragraph: number;
  /** Character offset of the words in that paragraph. */
  start: number;
  /** The words, exactly as they appear there. */
  text: string;
}

/**
 * Encodes one part of a text directive: percent-encoding as for a URL component, plus "-" (it
 * separates the prefix and suffix from the text), so "short-term" becomes "short%2Dterm".
 */
export const encodeDirectivePart = (part: string): string => encodeURIComponent(part).replace(/-/g, '%2D');

const fold = (s: string) => s.toLowerCase();

/**
 * Every place, in reading order, where `prefix`, then `text`, then `suffix` occur (whitespace
 * allowed between them), as [paragraph, offset of the text]. Matching is case-insensitive like the
 * browser's, and ignores word boundaries, so it finds at least every match a browser would.
 */
function matches(paragraphs: string[], text: string, prefix: string, suffix: string): [number, number][] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `${prefix ? `(${escape(fold(prefix))}\\s*)` : '()'}${escape(fold(text))}${suffix ? `\\s*${escape(fold(suffix))}` : ''}`,
    'g',
  );
  const found: [number, number][] = [];
  paragraphs.forEach((p, i) => {
    for (const m of fold(p).matchAll(pattern)) found.push([i, m.index + m[1]!.length]);
    // matchAll does not report overlapping matches; good enough, as the first match is what counts.
  });
  return found;
}

/**
 * Whitespace-separated words; a token without a letter or digit (a lone “ or –) joins the word
 * on the side of `towards`, so context never consists of punctuation alone.
 */
function words(text: string, towards: 'before' | 'after'): string[] {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  const wordy = (t: string) => /[\p{L}\p{N}]/u.test(t);
  if (towards === 'before') {
    for (const t of tokens) {
      if (!wordy(t) && out.length > 0) out[out.length - 1] += ` ${t}`;
      else out.push(t);
    }
    return out;
  }
  for (const t of tokens.reverse()) {
    if (!wordy(t) && out.length > 0) out[0] = `${t} ${out[0]}`;
    else out.unshift(t);
  }
  return out;
}

/** The last `n` words before `start` in `paragraph` (punctuation attached), or '' for n = 0. */
const wordsBefore = (paragraph: string, start: number, n: number) => (n === 0 ? '' : words(paragraph.slice(0, start), 'before').slice(-n).join(' '));
const wordsAfter = (paragraph: string, end: number, n: number) => (n === 0 ? '' : words(paragraph.slice(end), 'after').slice(0, n).join(' '));

const MAX_CONTEXT_WORDS = 6;
/** Statements longer than this many words are linked by their first and last words (textStart,textEnd). */
const RANGE_OVER_WORDS = 10;
const RANGE_WORDS = 4;

/**
 * The range form for long words ("text=first%20words,last%20words"), when it leads to them: the
 * start's first match (after any prefix) is theirs, and the end's first match after it is theirs.
 */
function rangeDirective(at: TextLocation, paragraph: string): string | null {
  const own = at.text.split(/\s+/);
  if (own.length <= RANGE_OVER_WORDS) return null;
  const start = own.slice(0, RANGE_WORDS).join(' ');
  const end = own.slice(-RANGE_WORDS).join(' ');
  const textEnd = at.start + at.text.length;
  const endFound = fold(paragraph).indexOf(fold(end), at.start + start.length);
  if (endFound + end.length !== textEnd) return null;
  for (let before = 0; before <= MAX_CONTEXT_WORDS; before++) {
    if (before > words(paragraph.slice(0, at.start), 'before').length) break;
    const prefix = wordsBefore(paragraph, at.start, before);
    const [first] = matches(at.paragraphs, start, prefix, '');
    if (first && first[0] === at.paragraph && first[1] === at.start) {
      return `:~:text=${prefix ? `${encodeDirectivePart(prefix)}-,` : ''}${encodeDirectivePart(start)},${encodeDirectivePart(end)}`;
    }
  }
  return null;
}

/**
 * The fragment directive (":~:text=…") that leads to these words and no earlier match on the page.
 * Long words go by their first and last four (a range); others whole. Context words before (then
 * after) them are added only when needed, as few as make this occurrence the first match. Returns
 * "" when no context of up to six words in the paragraph does (e.g. a whole paragraph whose words
 * also stand earlier on the page): the link then goes by the id alone, rather than to the wrong words.
 */
export function textDirective(at: TextLocation): string {
  const paragraph = at.paragraphs[at.paragraph];
  if (paragraph === undefined || paragraph.slice(at.start, at.start + at.text.length) !== at.text) {
    throw new Error(`text fragment: “${at.text}” is not at offset ${at.start} of paragraph ${at.paragraph}`);
  }
  const range = rangeDirective(at, paragraph);
  if (range) return range;
  const end = at.start + at.text.length;
  const availableBefore = words(paragraph.slice(0, at.start), 'before').length;
  const availableAfter = words(paragraph.slice(end), 'after').length;
  // Fewest context words first; for the same number, prefer words before.
  for (let total = 0; total <= 2 * MAX_CONTEXT_WORDS; total++) {
    for (let before = Math.min(total, MAX_CONTEXT_WORDS); before >= 0; before--) {
      const after = total - before;
      if (after > MAX_CONTEXT_WORDS || before > availableBefore || after > availableAfter) continue;
      const prefix = wordsBefore(paragraph, at.start, before);
      const suffix = wordsAfter(paragraph, end, after);
      const [first] = matches(at.paragraphs, at.text, prefix, suffix);
      if (first && first[0] === at.paragraph && first[1] === at.start) {
        // text=[prefix-,]words[,-suffix]
        return `:~:text=${prefix ? `${encodeDirectivePart(prefix)}-,` : ''}${encodeDirectivePart(at.text)}${suffix ? `,-${encodeDirectivePart(suffix)}` : ''}`;
      }
    }
  }
  return '';
}

/** "#quote-ID:~:text=…": the element id for every browser, the words for those that support fragments. */
export const fragmentWithText = (id: string, at: TextLocation): string => `#${id}${textDirective(at)}`;

/** The element id of a fragment, without any fragment directive: "#quote-a:~:text=x" → "quote-a". */
export const fragmentId = (hash: string): string => decodeURIComponent(hash.replace(/^#/, '').split(':~:')[0]!);

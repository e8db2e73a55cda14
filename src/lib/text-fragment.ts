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

/** The last `n` words before `start` in `paragraph` (punctuation attached), or '' for n = 0. */
const wordsBefore = (paragraph: string, start: number, n: number) =>
  n === 0 ? '' : paragraph.slice(0, start).trim().split(/\s+/).filter(Boolean).slice(-n).join(' ');
const wordsAfter = (paragraph: string, end: number, n: number) =>
  n === 0 ? '' : paragraph.slice(end).trim().split(/\s+/).filter(Boolean).slice(0, n).join(' ');

const MAX_CONTEXT_WORDS = 6;

/**
 * The fragment directive (":~:text=…") that leads to these words and no earlier match on the page:
 * the words alone when their first occurrence is this one, else with as few words of context
 * before (then after) them as make it so. Throws when no context up to six words does.
 */
export function textDirective(at: TextLocation): string {
  const paragraph = at.paragraphs[at.paragraph];
  if (paragraph === undefined || paragraph.slice(at.start, at.start + at.text.length) !== at.text) {
    throw new Error(`text fragment: “${at.text}” is not at offset ${at.start} of paragraph ${at.paragraph}`);
  }
  const end = at.start + at.text.length;
  const availableBefore = paragraph.slice(0, at.start).trim().split(/\s+/).filter(Boolean).length;
  const availableAfter = paragraph.slice(end).trim().split(/\s+/).filter(Boolean).length;
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
  throw new Error(`text fragment: no context of up to ${MAX_CONTEXT_WORDS} words makes “${at.text}” the first match on its page`);
}

/** "#quote-ID:~:text=…": the element id for every browser, the words for those that support fragments. */
export const fragmentWithText = (id: string, at: TextLocation): string => `#${id}${textDirective(at)}`;

/** The element id of a fragment, without any fragment directive: "#quote-a:~:text=x" → "quote-a". */
export const fragmentId = (hash: string): string => decodeURIComponent(hash.replace(/^#/, '').split(':~:')[0]!);

// Finds the <Quote id="…">…</Quote> marks in a section's MDX body, for the build's cross-check
// that every statement is marked exactly once, with exactly its words.
import { collapseSpace, stripTextWrappers } from './section-text';

export interface QuoteMark {
  /** The `id` attribute, or undefined when the tag has none (or not as a plain string). */
  id: string | undefined;
  /** The words between the tags, other wrapper tags removed, whitespace collapsed. */
  words: string;
}

// The one reading of a <Quote> tag, for both the build's cross-check (quoteMarksIn) and the
// statement pages' passages (passages.ts), so the two can never disagree about what is marked.
const QUOTE_TAG = /<Quote(\s[^<>]*?)?\s*(\/?)>|<\/Quote\s*>/g;
const ID_ATTRIBUTE = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** One <Quote …>, </Quote> or <Quote … /> tag, where it sits in the text. */
export interface QuoteTag {
  kind: 'open' | 'close' | 'empty';
  /** The `id` attribute of an opening or empty tag, or undefined when it has none (or not as a plain string). */
  id: string | undefined;
  /** Offsets of the tag itself in the text. */
  start: number;
  end: number;
}

/** Every <Quote> tag in `text`, in the order written. */
export function quoteTagsIn(text: string): QuoteTag[] {
  return [...text.matchAll(QUOTE_TAG)].map((m) => {
    const [tag, attributes, slash] = m;
    const kind = tag.startsWith('</') ? 'close' : slash ? 'empty' : 'open';
    const id = attributes === undefined ? null : ID_ATTRIBUTE.exec(attributes);
    return { kind, id: id ? (id[1] ?? id[2]) : undefined, start: m.index, end: m.index + tag.length };
  });
}

/** `text` with its <Quote> tags removed and the words between them kept. */
export const withoutQuoteTags = (text: string): string => text.replace(QUOTE_TAG, '');

/** Every <Quote> in `body`, in the order written: each opening tag with the words up to the next closing one. */
export function quoteMarksIn(body: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  let open: QuoteTag | undefined;
  for (const tag of quoteTagsIn(body)) {
    if (tag.kind === 'empty') marks.push({ id: tag.id, words: '' });
    else if (tag.kind === 'open') open ??= tag;
    else if (open) {
      marks.push({ id: open.id, words: collapseSpace(stripTextWrappers(body.slice(open.end, tag.start))) });
      open = undefined;
    }
  }
  return marks;
}

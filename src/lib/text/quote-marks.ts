// Finds the <Quote id="…">…</Quote> marks in a section's MDX body, for the build's cross-check
// that every statement is marked exactly once, with exactly its words.
import { collapseSpace, stripTextWrappers } from './section-text';

export interface QuoteMark {
  /** The `id` attribute, or undefined when the tag has none (or not as a plain string). */
  id: string | undefined;
  /** The words between the tags, other wrapper tags removed, whitespace collapsed. */
  words: string;
}

const QUOTE_TAG = /<Quote(\s[^<>]*?)?\s*(?:\/>|>([\s\S]*?)<\/Quote>)/g;
const ID_ATTRIBUTE = /(?:^|\s)id\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Every <Quote> in `body`, in the order written. */
export function quoteMarksIn(body: string): QuoteMark[] {
  return [...body.matchAll(QUOTE_TAG)].map(([, attributes = '', inner = '']) => {
    const id = ID_ATTRIBUTE.exec(attributes);
    return { id: id ? (id[1] ?? id[2]) : undefined, words: collapseSpace(stripTextWrappers(inner)) };
  });
}

// Where each statement's marked words (<Quote id="…">) sit in the article's paragraphs: for the
// statement pages' quoted paragraph and for the text fragments of links to the words.
import { collapseSpace, proseOf, stripTextWrappersButQuote } from './section-text';
import { quoteTagsIn, withoutQuoteTags } from './quote-marks';
import type { TextLocation } from '../text-fragment';

export interface MarkedWords {
  id: string;
  /** Offsets in the paragraph's text. */
  start: number;
  end: number;
}

export interface MarkedParagraph {
  /** The paragraph as readers see it (tags removed, whitespace collapsed): the same as proseOf's. */
  text: string;
  marks: MarkedWords[];
}

/** The prose paragraphs of an MDX body (as proseOf), each with the statements marked in it. */
export function markedParagraphs(body: string): MarkedParagraph[] {
  const prose = proseOf(body).split('\n\n');
  const blocks = body
    .split(/\r?\n\s*\r?\n/)
    .map((block) => collapseSpace(stripTextWrappersButQuote(block)))
    .filter((block) => block !== '');
  return prose.map((text) => {
    // The block that reads as this paragraph once its <Quote> tags are gone.
    const block = blocks.find((b) => collapseSpace(withoutQuoteTags(b)) === text) ?? text;
    const marks: MarkedWords[] = [];
    let plain = '';
    let open: { id: string; start: number } | undefined;
    let last = 0;
    for (const tag of quoteTagsIn(block)) {
      plain += block.slice(last, tag.start);
      last = tag.end;
      if (tag.kind === 'open' && tag.id) open = { id: tag.id, start: plain.length };
      else if (tag.kind === 'close' && open) {
        marks.push({ id: open.id, start: open.start, end: plain.length });
        open = undefined;
      }
    }
    plain += block.slice(last);
    if (plain !== text) throw new Error(`passages: a paragraph with <Quote> tags did not read back as its prose: “${text.slice(0, 60)}…”`);
    return { text, marks };
  });
}

/** A statement's paragraph split around its words: before, the words, after. */
export interface Passage {
  before: string;
  words: string;
  after: string;
}

/** The paragraph holding statement `id`'s marked words, split around them; throws when it is not marked. */
export function passageOf(paragraphs: MarkedParagraph[], id: string): Passage {
  for (const p of paragraphs) {
    const mark = p.marks.find((m) => m.id === id);
    if (mark) return { before: p.text.slice(0, mark.start), words: p.text.slice(mark.start, mark.end), after: p.text.slice(mark.end) };
  }
  throw new Error(`statement "${id}": its words are not marked with <Quote id="${id}"> in the text`);
}

/** Where statement `id`'s words are, for a text fragment over these paragraphs (one page's text). */
export function locate(paragraphs: MarkedParagraph[], id: string): TextLocation {
  const index = paragraphs.findIndex((p) => p.marks.some((m) => m.id === id));
  if (index < 0) throw new Error(`statement "${id}": its words are not marked with <Quote id="${id}"> in the text`);
  const mark = paragraphs[index]!.marks.find((m) => m.id === id)!;
  const text = paragraphs[index]!.text;
  return { paragraphs: paragraphs.map((p) => p.text), paragraph: index, start: mark.start, text: text.slice(mark.start, mark.end) };
}

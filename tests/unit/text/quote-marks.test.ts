// Finding <Quote> marks in MDX, and reading the article's text with the marks in place.
import { describe, expect, it } from 'vitest';
import { proseOf, readSectionText, stripTextWrappers } from '../../../src/lib/text/section-text';
import { validateContent } from '../../../src/lib/checks/validate';
import { formatProblem } from '../../../src/lib/checks/problems';
import { quoteMarksIn, quoteTagsIn, withoutQuoteTags } from '../../../src/lib/text/quote-marks';
import { loadFixture } from '../checks/fixtures';

describe('quoteMarksIn', () => {
  it('finds each mark with its id and words, in order', () => {
    const body = 'He said “<Quote id="a">one  two</Quote>,” and <Quote id=\'b\'>three</Quote>.';
    expect(quoteMarksIn(body)).toEqual([
      { id: 'a', words: 'one two' },
      { id: 'b', words: 'three' },
    ]);
  });

  it('reports a mark without a usable id, and keeps other wrappers out of the words', () => {
    expect(quoteMarksIn('<Quote>x</Quote> <Quote id={x}>y</Quote> <Quote id="c">in <Place id="kyiv">Kyiv</Place></Quote>')).toEqual([
      { id: undefined, words: 'x' },
      { id: undefined, words: 'y' },
      { id: 'c', words: 'in Kyiv' },
    ]);
  });

  it('reads a mark that spans a line break', () => {
    expect(quoteMarksIn('<Quote id="d">first\nsecond</Quote>')).toEqual([{ id: 'd', words: 'first second' }]);
  });
});

describe('article text with marks in place', () => {
  it('strips the tags of word-wrapping components and keeps every character of the words', () => {
    const line = 'Macron said “<Quote id="x">reasonably optimistic</Quote>” in <Place id="moscow">Moscow</Place>.';
    expect(stripTextWrappers(line)).toBe('Macron said “reasonably optimistic” in Moscow.');
  });

  it('counts a paragraph that is one mark, wrapped in an explicit <p>, as prose; other JSX blocks stay markup', () => {
    const body = [
      '<p><Quote id="a">The Kremlin believes it.</Quote></p>',
      '<Quote id="b">Whole line.</Quote> <Quote id="c">Second.</Quote> tail',
      '<Aside>markup</Aside>',
      '{/* a comment */}',
    ].join('\n\n');
    expect(proseOf(body)).toBe('The Kremlin believes it.\n\nWhole line. Second. tail');
  });

  it('readSectionText keeps the raw body for the mark check', () => {
    const mdx = '---\nid: s\n---\n\nA “<Quote id="q">b</Quote>.”\n';
    expect(readSectionText(mdx)).toMatchObject({ id: 's', prose: 'A “b.”', body: '\nA “<Quote id="q">b</Quote>.”\n', paragraphs: ['A “b.”'] });
  });
});

describe('the quote mark check', () => {
  it('reports a statement marked twice', () => {
    const raw = loadFixture();
    const section = raw.sections[0]!;
    section.text = section.text.replace(
      'according to the Fixture Wire.',
      'according to the <Quote id="minister-ready">Fixture Wire</Quote>.',
    );
    expect(validateContent(raw).map(formatProblem)).toEqual([
      'content/data/statements.yaml: entry "minister-ready", field "text": is marked 2 times in the article; keep exactly one <Quote id="minister-ready">',
      'content/story/sections/01-first-section.mdx: <Quote id="minister-ready"> wraps “Fixture Wire” but the statement’s text is “we are ready”; wrap exactly its words (for a quote, the words inside the quotation marks, without the comma or full stop)',
    ]);
  });

  it('reports a mark with no id', () => {
    const raw = loadFixture();
    raw.sections[0]!.text = raw.sections[0]!.text.replace('<Quote id="agency-denies">', '<Quote>');
    expect(validateContent(raw).map(formatProblem)).toEqual([
      'content/data/statements.yaml: entry "agency-denies", field "text": is not marked in the article: wrap its words in section "first-section" (content/story/sections/01-first-section.mdx) in <Quote id="agency-denies">…</Quote>',
      'content/story/sections/01-first-section.mdx: a <Quote> has no id="…"; give it the id of its statement in content/data/statements.yaml',
    ]);
  });
});

describe('quoteTagsIn: the one parser of <Quote> tags', () => {
  it('reads opening, closing and empty tags with their ids and offsets', () => {
    const text = 'a <Quote id="x">b</Quote> <Quote class="k" id=\'y\' /> <Quote>c</Quote >';
    expect(quoteTagsIn(text).map(({ kind, id }) => [kind, id])).toEqual([
      ['open', 'x'], ['close', undefined], ['empty', 'y'], ['open', undefined], ['close', undefined],
    ]);
    const [first] = quoteTagsIn(text);
    expect(text.slice(first!.start, first!.end)).toBe('<Quote id="x">');
    expect(withoutQuoteTags(text)).toBe('a b  c');
  });

  it('does not take other tags whose names start with Quote', () => {
    expect(quoteTagsIn('<Quoted id="x">a</Quoted> <QuoteBox>b</QuoteBox>')).toEqual([]);
  });
});

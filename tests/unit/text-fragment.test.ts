import { describe, expect, it } from 'vitest';
import { encodeDirectivePart, fragmentId, fragmentWithText, textDirective, type TextLocation } from '../../src/lib/text-fragment';

/** The location of the `nth` (0-based) occurrence of `text` in the paragraphs, in reading order. */
function at(paragraphs: string[], text: string, nth = 0): TextLocation {
  let seen = 0;
  for (const [i, p] of paragraphs.entries()) {
    for (let start = p.indexOf(text); start >= 0; start = p.indexOf(text, start + 1)) {
      if (seen++ === nth) return { paragraphs, paragraph: i, start, text };
    }
  }
  throw new Error(`no occurrence ${nth} of ${text}`);
}

describe('encodeDirectivePart', () => {
  it('percent-encodes like a URL component, and the dash, comma and ampersand the directive uses', () => {
    expect(encodeDirectivePart('short-term victories')).toBe('short%2Dterm%20victories');
    expect(encodeDirectivePart('tensions, nervousness & more')).toBe('tensions%2C%20nervousness%20%26%20more');
    expect(encodeDirectivePart('Russia’s “demands”')).toBe('Russia%E2%80%99s%20%E2%80%9Cdemands%E2%80%9D');
    expect(decodeURIComponent(encodeDirectivePart('a-b, c&d #e'))).toBe('a-b, c&d #e');
  });
});

describe('textDirective', () => {
  it('is the words alone when their first occurrence on the page is this one', () => {
    const page = ['Macron said he was “reasonably optimistic” before the talks.', 'Later, nothing.'];
    expect(textDirective(at(page, 'reasonably optimistic'))).toBe(':~:text=reasonably%20optimistic');
  });

  it('adds the fewest words before them when the same words come earlier on the page', () => {
    const page = ['Officials say any day now is possible.', 'Sullivan said an invasion could come “any day now,” he added.'];
    expect(textDirective(at(page, 'any day now', 1))).toBe(':~:text=come%20%E2%80%9C-,any%20day%20now');
  });

  it('matches case-insensitively, as browsers do', () => {
    const page = ['Any Day Now, they said.', 'It could happen any day now.'];
    expect(textDirective(at(page, 'any day now'))).toBe(':~:text=happen-,any%20day%20now');
  });

  it('uses words after when nothing before tells the occurrences apart', () => {
    const page = ['the talks went well today', 'the talks went badly'];
    // The second paragraph starts with the words: no words before it exist.
    expect(textDirective(at(page, 'the talks', 1))).toBe(':~:text=the%20talks,-went%20badly');
  });

  it('links long words by their first and last four words', () => {
    const text = 'We are in the window. Any day now, Russia could take military action against Ukraine';
    const page = [`Sullivan said: “${text},” on Sunday.`];
    expect(textDirective(at(page, text))).toBe(':~:text=We%20are%20in%20the,military%20action%20against%20Ukraine');
  });

  it('falls back to the whole words when their last words come sooner inside them', () => {
    const text = 'one two three four five six seven eight nine ten eleven two three four';
    const page = [`x ${text} y`];
    // "eleven two three four"'s first match after the start is where it should be… unless it repeats:
    expect(textDirective(at(page, text))).toContain(',eleven%20two%20three%20four');
    const repeating = 'a b c d x y z w e f x y z w';
    expect(textDirective(at([`q ${repeating} r`], repeating))).toBe(`:~:text=${encodeDirectivePart(repeating)}`);
  });

  it('fails loudly when the location does not hold the words; goes by the id alone when no context makes them first', () => {
    expect(() => textDirective({ paragraphs: ['abc'], paragraph: 0, start: 1, text: 'abc' })).toThrow(/not at offset 1/);
    // No context can single out the second of two identical paragraphs: the id alone, never the wrong words.
    expect(textDirective(at(['same words', 'same words'], 'same words', 1))).toBe('');
  });
});

describe('fragmentWithText and fragmentId', () => {
  it('puts the element id first and reads it back without the directive', () => {
    const page = ['He said “short-term victories” were not likely.'];
    const hash = fragmentWithText('quote-a', at(page, 'short-term victories'));
    expect(hash).toBe('#quote-a:~:text=short%2Dterm%20victories');
    expect(fragmentId(hash)).toBe('quote-a');
    expect(fragmentId('#statement-b')).toBe('statement-b');
    expect(fragmentId('')).toBe('');
  });
});

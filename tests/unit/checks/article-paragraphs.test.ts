// The article check's wording and edge cases, and the speaker-cue matching.
import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../../src/lib/checks/check-article-paragraphs';
import { hasCue } from '../../../src/lib/checks/check-speaker-cues';
import { paragraphsOf } from '../../../src/lib/text/section-text';

describe('article paragraphs', () => {
  it('reads paragraphs without wrappers, comments or JSX blocks, and keeps every other character', () => {
    const body = '\nA <Quote id="q">b</Quote>  c.\n\n{/* note */}\n\n<p><Place id="p">D</Place> e.</p>\n\n<Aside />\n';
    expect(paragraphsOf(body)).toEqual(['A b  c.', 'D e.']);
  });

  it('shows the first differing words on both sides, with two words before', () => {
    expect(firstDifference('one two three four five', 'one two three fourth five')).toEqual({ mine: 'two three four five', theirs: 'two three fourth five' });
    expect(firstDifference('one two', 'one two three')).toEqual({ mine: 'one two', theirs: 'one two three' });
  });
});

describe('speaker cues', () => {
  it('match whole words only, case as written', () => {
    expect(hasCue('Putin spokesman Dmitry Peskov said', 'Peskov')).toBe(true);
    expect(hasCue('Speaker 10 said', 'Speaker 1')).toBe(false);
    expect(hasCue('according to the White House.', 'the White House')).toBe(true);
    expect(hasCue('The Kremlin believes', 'the Kremlin')).toBe(false);
    expect(hasCue('Russia’s demands', 'Russia')).toBe(true);
  });
});

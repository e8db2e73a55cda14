// The reader-text check finds an id only as a whole token, so a label or a longer id never trips it.
import { describe, expect, it } from 'vitest';
import { idsIn } from '../../../src/lib/checks/check-reader-text';

describe('idsIn', () => {
  const ids = ['s1', 's12b', 'ru-klintsy', 'by-baranovichi-ab'];

  it('finds ids standing alone, in brackets or before punctuation', () => {
    expect(idsIn('Klintsy (ru-klintsy) is in Bryansk oblast', ids)).toEqual(['ru-klintsy']);
    expect(idsIn('Plotted on the same point as by-baranovichi-ab.', ids)).toEqual(['by-baranovichi-ab']);
    expect(idsIn('see s12b, s1', ids)).toEqual(['s1', 's12b']);
  });

  it('does not find an id inside a longer id or word', () => {
    expect(idsIn('s12 and s1x and ru-klintsy-2 and Klintsy', ids)).toEqual([]);
  });
});

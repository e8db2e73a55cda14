import { describe, expect, it } from 'vitest';
import { neighbours, sortSections } from '../../src/lib/sections';

const s = (id: string, order: number, filePath?: string) => ({ id, filePath, data: { order } });

describe('sortSections', () => {
  it('sorts by order, not by input or file order', () => {
    const sorted = sortSections([s('c', 3), s('a', 1), s('b', 2)]);
    expect(sorted.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('does not mutate its input', () => {
    const input = [s('b', 2), s('a', 1)];
    sortSections(input);
    expect(input.map((x) => x.id)).toEqual(['b', 'a']);
  });
  it('rejects two sections with the same order, naming the file and both sections', () => {
    expect(() => sortSections([s('a', 1), s('b', 1, 'content/story/sections/02-b.mdx')])).toThrow(
      /content\/story\/sections\/02-b\.mdx.*"b".*"order": 1.*"a"/,
    );
  });
  it('rejects an empty collection', () => {
    expect(() => sortSections([])).toThrow(/no sections/);
  });
});

describe('neighbours', () => {
  const ordered = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives previous and next in reading order', () => {
    expect(neighbours(ordered, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(ordered, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(neighbours(ordered, 'c')).toEqual({ previous: { id: 'b' }, next: undefined });
  });
  it('throws on an unknown id', () => {
    expect(() => neighbours(ordered, 'zzz')).toThrow(/unknown section "zzz"/);
  });
});

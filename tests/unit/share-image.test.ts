import { describe, expect, it } from 'vitest';
import { statementCardTree, wordsFontSize } from '../../src/lib/share-image';

type Node = { type: string; props: { style: Record<string, unknown>; children: unknown } };
const texts = (node: unknown): string[] =>
  typeof node === 'string' ? [node] : Array.isArray(node) ? node.flatMap(texts) : node && typeof node === 'object' ? texts((node as Node).props.children) : [];

describe('statement share cards', () => {
  const card = { eyebrow: 'Macron in Moscow · Who said what · Quote', words: '“<b>any</b> day now”', speaker: 'Jake Sullivan, U.S. National Security Advisor', date: '6 Feb 2022', story: 'Macron visiting Russia' };

  it('carries the words, speaker, date and story as plain text (never parsed as markup)', () => {
    expect(texts(statementCardTree(card))).toEqual([card.eyebrow, card.words, card.speaker, '6 Feb 2022 · Macron visiting Russia']);
  });

  it('carries our sense of words that are a fragment, marked as ours, right under the words', () => {
    const fragment = { ...card, words: '“short-term victories”', sense: 'Macron does not believe short-term victories are on the table.' };
    expect(texts(statementCardTree(fragment)).slice(1, 3)).toEqual([fragment.words, `In our words: ${fragment.sense}`]);
  });

  it('leaves out an empty date rather than printing a stray separator', () => {
    expect(texts(statementCardTree({ ...card, date: '' })).at(-1)).toBe('Macron visiting Russia');
  });

  it('sets short words large and long words smaller', () => {
    const sizes = [10, 60, 120, 190, 260].map((n) => wordsFontSize('x'.repeat(n)));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThan(sizes.at(-1)!);
  });
});

describe('share cards in Google’s shapes', () => {
  it('sets the type larger on taller cards, never smaller than on the 1200×630 card', async () => {
    const { cardTypeScale, shareCardTree } = await import('../../src/lib/share-image');
    expect(cardTypeScale(630)).toBe(1);
    expect(cardTypeScale(675)).toBeGreaterThanOrEqual(1);
    expect(cardTypeScale(900)).toBeGreaterThan(cardTypeScale(675));
    expect(cardTypeScale(1200)).toBeGreaterThan(cardTypeScale(900));
    const title = (scale: number) => ((shareCardTree({ eyebrow: 'e', title: 't', summary: 's', footer: 'f' }, scale).props.children as Node[])[0]!.props.children as Node[])[1]!.props.style.fontSize;
    expect(title(1.5)).toBeGreaterThan(title(1) as number);
  });
});

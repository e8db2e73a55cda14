// Renders the 1200×630 share cards at build time, offline: satori lays out the card as SVG with a
// font from an npm package, resvg rasterises it to PNG.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

export interface ShareCard {
  /** Small line above the title, e.g. "Macron in Moscow · Section 2 of 7". */
  eyebrow: string;
  title: string;
  /** One sentence under the title. */
  summary: string;
  /** Bottom line, e.g. the date and the outlet. */
  footer: string;
}

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`);

let fontsPromise: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadFonts() {
  fontsPromise ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Source Serif 4',
      data: await readFile(fontFile(weight)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fontsPromise;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

/** The page of every card: paper, ink, the red rule on top; the content spread from top to bottom. */
const cardFrame = (padding: string, children: Node[]): Node =>
  el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding,
      backgroundColor: '#fbfaf7',
      color: '#1b1b1f',
      fontFamily: 'Source Serif 4',
      borderTop: '18px solid #9c2b23',
      boxSizing: 'border-box',
    },
    children,
  );

/**
 * How much larger the type is on a card taller than 1200×630, so the 4:3 and 1:1 shapes are filled
 * rather than left half empty: 1 at 630 px high, about 1.24 at 900 and 1.47 at 1200.
 */
export const cardTypeScale = (height: number): number => Math.max(1, (height / SHARE_IMAGE_HEIGHT) ** 0.6);

/** The card as a satori element tree; text is passed as plain strings, never parsed as markup. */
export function shareCardTree(card: ShareCard, scale = 1): Node {
  const px = (n: number) => Math.round(n * scale);
  return cardFrame(`${px(64)}px 72px`, [
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: px(30), color: '#9c2b23', marginBottom: px(28) }, card.eyebrow),
      el('div', { fontSize: px(68), fontWeight: 700, lineHeight: 1.1, marginBottom: px(28) }, card.title),
      el('div', { fontSize: px(34), lineHeight: 1.35, color: '#3d3d45' }, card.summary),
    ]),
    el('div', { fontSize: px(26), color: '#55555e' }, card.footer),
  ]);
}

/** A statement's share card: the words large, then who said them and when, then the story's name. */
export interface StatementCard {
  /** Small line above the words, e.g. "Macron in Moscow · Who said what · Quote". */
  eyebrow: string;
  /** The words as printed: a quote inside its quotation marks, a paraphrase as is. */
  words: string;
  /** Our one-line sense of words that are a fragment (statements.yaml `sense`), so the card cannot mislead. */
  sense?: string;
  /** "Emmanuel Macron, President of France". */
  speaker: string;
  /** "7 Feb 2022" or the date note; empty when there is none. */
  date: string;
  /** The story’s name (its headline), for the bottom line; the eyebrow carries its short title. */
  story: string;
}

/** Type size for the words: as large as fits the card above the speaker lines (the longest statements are about 200 characters). */
export const wordsFontSize = (words: string): number =>
  words.length <= 40 ? 76 : words.length <= 80 ? 64 : words.length <= 130 ? 54 : words.length <= 200 ? 46 : 40;

export function statementCardTree(card: StatementCard): Node {
  return cardFrame('56px 72px', [
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: 28, color: '#9c2b23', marginBottom: 24 }, card.eyebrow),
      el('div', { fontSize: wordsFontSize(card.words), fontWeight: 700, lineHeight: 1.18 }, card.words),
      ...(card.sense ? [el('div', { fontSize: 32, lineHeight: 1.3, color: '#3d3d45', marginTop: 24 }, `In our words: ${card.sense}`)] : []),
    ]),
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { fontSize: 32, fontWeight: 700, marginBottom: 6 }, card.speaker),
      el('div', { fontSize: 26, color: '#55555e' }, [card.date, card.story].filter(Boolean).join(' · ')),
    ]),
  ]);
}

/** A card's pixel size: 1200×630 by default, or one of Google's shapes (SHARE_SHAPES in src/lib/urls.ts). */
export interface CardSize {
  width: number;
  height: number;
}

/** A PNG share card, 1200×630 unless another size is given. */
export async function renderShareCard(card: ShareCard, size?: CardSize): Promise<Uint8Array> {
  return renderTree(shareCardTree(card, size ? cardTypeScale(size.height) : 1), size);
}

/** A statement's PNG share card. */
export async function renderStatementCard(card: StatementCard): Promise<Uint8Array> {
  return renderTree(statementCardTree(card));
}

async function renderTree(tree: Node, { width, height }: CardSize = { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT }): Promise<Uint8Array> {
  const svg = await satori(tree as never, { width, height, fonts: await loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

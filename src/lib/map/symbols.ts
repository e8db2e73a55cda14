// How each position is drawn, the same on the live map, the static SVG maps and the legend:
// side → colour + shape (so colour is never the only cue), status → its mark (fill and outline),
// confidence → opacity. The story's vocabulary.yaml picks each side's shape and colour and each
// status's mark (src/lib/map/words.ts); this draws them. Returns SVG markup strings made of
// validated values only (shape and mark names, #rrggbb colours).
import type { Confidence } from '../../schemas/fields';
import type { Mark, Shape } from '../../schemas/vocabulary';

export type { Mark, Shape };

export const CONFIDENCE: Record<Confidence, { opacity: number; description: string }> = {
  high: { opacity: 1, description: 'high confidence' },
  medium: { opacity: 0.8, description: 'medium confidence' },
  low: { opacity: 0.55, description: 'low confidence (fainter)' },
};

/** The dash pattern of a movement's arrow: dashed where its status says so (vocabulary.yaml `dashed`). */
export const movementDash = (dashed: boolean): string | undefined => (dashed ? '6 5' : undefined);

const HALO = '#ffffff';

/** The outline of a shape in a 24×24 box, as an SVG element with the given attributes. */
function shapeElement(shape: Shape, attrs: string): string {
  switch (shape) {
    case 'square':
      return `<rect x="5" y="5" width="14" height="14" ${attrs}/>`;
    case 'diamond':
      return `<polygon points="12,2.5 21.5,12 12,21.5 2.5,12" ${attrs}/>`;
    case 'triangle':
      return `<polygon points="12,3 21.5,19.5 2.5,19.5" ${attrs}/>`;
    case 'circle':
      return `<circle cx="12" cy="12" r="8" ${attrs}/>`;
  }
}

/** One symbol: the side's shape and colour, the status's mark, the confidence's opacity. */
export interface SymbolSpec {
  shape: Shape;
  colour: string;
  mark: Mark;
  confidence: Confidence;
}

/** A neutral colour for the legend's status and confidence rows, which hold for every side. */
export const NEUTRAL = '#5b5b66';

/** The shape the key draws its status and confidence rows with (they hold for every side). */
export const KEY_SHAPE: Shape = 'circle';

/** The SVG elements (no <svg> wrapper) of one symbol in a 24×24 box. */
export function symbolShapes({ shape, colour, mark, confidence }: SymbolSpec): string {
  const halo = shapeElement(shape, `fill="${HALO}" stroke="${HALO}" stroke-width="5" stroke-linejoin="round"`);
  const solid = mark === 'solid';
  const dotted = mark === 'dotted' || mark === 'question';
  const dash = mark === 'dashed' ? ' stroke-dasharray="3.5 2.5"' : dotted ? ' stroke-dasharray="0.1 3.2" stroke-linecap="round"' : '';
  const width = dotted ? 3 : 2.5;
  const body = shapeElement(
    shape,
    solid ? `fill="${colour}" stroke="${HALO}" stroke-width="1.5" stroke-linejoin="round"` : `fill="${HALO}" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round"${dash}`,
  );
  const extra =
    mark === 'dot'
      ? `<circle cx="12" cy="${shape === 'triangle' ? 14 : 12}" r="3.2" fill="${colour}"/>`
      : mark === 'struck'
        ? `<line x1="4" y1="20" x2="20" y2="4" stroke="${colour}" stroke-width="2.5" stroke-linecap="round"/>`
        : mark === 'question'
          ? `<text x="12" y="${shape === 'triangle' ? 17.5 : 16}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${shape === 'triangle' ? 9 : 11}" font-weight="700" fill="${colour}">?</text>`
          : '';
  return `<g opacity="${CONFIDENCE[confidence].opacity}">${halo}${body}${extra}</g>`;
}

/** A standalone inline SVG of one symbol, hidden from assistive technology (the text says it). */
export function symbolSvg(spec: SymbolSpec, size = 20): string {
  return `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false">${symbolShapes(spec)}</svg>`;
}

/** A short arrow in a side's colour, for the legend. */
export function arrowSvg(colour: string, dashed: boolean, size = 28): string {
  const dash = movementDash(dashed);
  return `<svg viewBox="0 0 28 12" width="${size}" height="${(size * 12) / 28}" aria-hidden="true" focusable="false"><line x1="2" y1="6" x2="20" y2="6" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash.replace(/\d+/g, (n) => String(Number(n) / 2))}"` : ''}/><polygon points="18,1.5 27,6 18,10.5" fill="${colour}"/></svg>`;
}

// How each position is drawn, the same on the live map, the static SVG maps and the legend:
// side → colour + shape + name (so colour is never the only cue), status → fill and outline,
// confidence → opacity. Returns SVG markup strings made only of our own constants.
import type { Confidence } from '../../schemas/fields';
import type { MovementStatus } from '../../schemas/movement';
import type { ForceSide, PositionStatus } from '../../schemas/position';

export type Shape = 'square' | 'diamond' | 'triangle' | 'circle';

export interface SideStyle {
  /** Who, in words, for the key and the groups of the table: it may span places ("in Russia and Crimea"). */
  name: string;
  /** Who, for one point of the side (each point is in one place); `area` may say more (sideNameOf). */
  pointName: string;
  /** What one point of the side is, counted in sentences: "1 position of US forces", "2 NATO battlegroups". */
  count: { one: string; other: string };
  colour: string;
  shape: Shape;
}

export const SIDES: Record<ForceSide, SideStyle> = {
  // The side id says whose forces, not whose land: Crimea is never called Russia (FACTS §5, item 13).
  // The group spans two places; each of its points is in one ("in Russia", or in Crimea through `area`).
  russia: {
    name: 'Russian forces in Russia and Crimea',
    pointName: 'Russian forces in Russia',
    count: { one: 'position of Russian forces in Russia and Crimea', other: 'positions of Russian forces in Russia and Crimea' },
    colour: '#c0392b',
    shape: 'square',
  },
  'russia-in-belarus': {
    name: 'Russian forces in Belarus',
    pointName: 'Russian forces in Belarus',
    count: { one: 'position of Russian forces in Belarus', other: 'positions of Russian forces in Belarus' },
    colour: '#7b3fa0',
    shape: 'diamond',
  },
  us: { name: 'US forces', pointName: 'US forces', count: { one: 'position of US forces', other: 'positions of US forces' }, colour: '#1f5fbf', shape: 'triangle' },
  nato: { name: 'NATO battlegroups', pointName: 'NATO battlegroup', count: { one: 'NATO battlegroup', other: 'NATO battlegroups' }, colour: '#12805c', shape: 'circle' },
};

/** Where a point lies when its side's name alone would mislead (src/schemas/position.ts `area`). */
export const AREAS = {
  crimea: 'Crimea, annexed by Russia in 2014',
} as const;

/**
 * Whose forces, for one point, named by where it is: "Russian forces in Russia", and in Crimea
 * "Russian forces in Crimea, annexed by Russia in 2014", never anything that places Crimea in Russia.
 * The side's group name ("… in Russia and Crimea") is for the key only.
 */
export function sideNameOf(p: { side: ForceSide; area?: keyof typeof AREAS }): string {
  if (p.area && p.side === 'russia') return `Russian forces in ${AREAS[p.area]}`;
  return SIDES[p.side].pointName;
}

/** "1 position of US forces", "4 NATO battlegroups". */
export const countSide = (side: ForceSide, n: number): string => `${n} ${n === 1 ? SIDES[side].count.one : SIDES[side].count.other}`;

/** Each status's name, its plural where counting changes it ("2 exercise areas"), and the key's text. */
export const STATUSES: Record<PositionStatus, { name: string; plural?: string; description: string }> = {
  // Not "on or just before the date": some points rest on older dated evidence (Soloti, 5 Dec 2021).
  // Not every point has a dated source (the eFP battlegroups, the exercise areas): the key promises no more.
  present: { name: 'present', description: 'Solid: forces reported there (with the date of the evidence, where the sources give one)' },
  arriving: { name: 'arriving', description: 'Outline with a dot: arriving' },
  announced: { name: 'announced', description: 'Dashed outline: ordered, not yet there' },
  'drawn-down': { name: 'drawn down', description: 'Struck through: reported largely vacated' },
  'exercise-area': { name: 'exercise area', plural: 'exercise areas', description: 'Dotted outline: named exercise venue, no imagery found' },
  // Boguchar has a dated source (spring 2021), just none from around the map's date.
  unconfirmed: { name: 'unconfirmed', description: 'Question mark: no source places forces there around the map’s date' },
};

export const CONFIDENCE: Record<Confidence, { opacity: number; description: string }> = {
  high: { opacity: 1, description: 'high confidence' },
  medium: { opacity: 0.8, description: 'medium confidence' },
  low: { opacity: 0.55, description: 'low confidence (fainter)' },
};

export const MOVEMENT_STATUSES: Record<MovementStatus, string> = {
  announced: 'announced',
  'under-way': 'under way',
  arriving: 'arriving',
  arrived: 'arrived',
};

/** Movements not yet started are dashed. */
export const movementDash = (status: MovementStatus): string | undefined => (status === 'announced' ? '6 5' : undefined);

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

export interface SymbolSpec {
  side: ForceSide;
  status: PositionStatus;
  confidence: Confidence;
}

/** A neutral colour for the legend's status and confidence rows, which hold for every side. */
export const NEUTRAL = '#5b5b66';

/** The SVG elements (no <svg> wrapper) of one symbol in a 24×24 box; `colour` overrides the side's. */
export function symbolShapes({ side, status, confidence }: SymbolSpec, colourOverride?: string): string {
  const { shape } = SIDES[side];
  const colour = colourOverride ?? SIDES[side].colour;
  const halo = shapeElement(shape, `fill="${HALO}" stroke="${HALO}" stroke-width="5" stroke-linejoin="round"`);
  const solid = status === 'present';
  const dash = status === 'announced' ? ' stroke-dasharray="3.5 2.5"' : status === 'exercise-area' || status === 'unconfirmed' ? ' stroke-dasharray="0.1 3.2" stroke-linecap="round"' : '';
  const width = status === 'exercise-area' || status === 'unconfirmed' ? 3 : 2.5;
  const body = shapeElement(
    shape,
    solid ? `fill="${colour}" stroke="${HALO}" stroke-width="1.5" stroke-linejoin="round"` : `fill="${HALO}" stroke="${colour}" stroke-width="${width}" stroke-linejoin="round"${dash}`,
  );
  const extra =
    status === 'arriving'
      ? `<circle cx="12" cy="${shape === 'triangle' ? 14 : 12}" r="3.2" fill="${colour}"/>`
      : status === 'drawn-down'
        ? `<line x1="4" y1="20" x2="20" y2="4" stroke="${colour}" stroke-width="2.5" stroke-linecap="round"/>`
        : status === 'unconfirmed'
          ? `<text x="12" y="${shape === 'triangle' ? 17.5 : 16}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="${shape === 'triangle' ? 9 : 11}" font-weight="700" fill="${colour}">?</text>`
          : '';
  return `<g opacity="${CONFIDENCE[confidence].opacity}">${halo}${body}${extra}</g>`;
}

/** A standalone inline SVG of one symbol, hidden from assistive technology (the text says it). */
export function symbolSvg(spec: SymbolSpec, size = 20, colour?: string): string {
  return `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true" focusable="false">${symbolShapes(spec, colour)}</svg>`;
}

/** A short arrow in the side's colour, for the legend. */
export function arrowSvg(side: ForceSide, status: MovementStatus, size = 28): string {
  const { colour } = SIDES[side];
  const dash = movementDash(status);
  return `<svg viewBox="0 0 28 12" width="${size}" height="${(size * 12) / 28}" aria-hidden="true" focusable="false"><line x1="2" y1="6" x2="20" y2="6" stroke="${colour}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash.replace(/\d+/g, (n) => String(Number(n) / 2))}"` : ''}/><polygon points="18,1.5 27,6 18,10.5" fill="${colour}"/></svg>`;
}

/** The legend's rows: one per side, one per status, one per confidence level. */
export function legendRows() {
  return {
    sides: (Object.keys(SIDES) as ForceSide[]).map((side) => ({ key: side, label: SIDES[side].name, svg: symbolSvg({ side, status: 'present', confidence: 'high' }, 18) })),
    statuses: (Object.keys(STATUSES) as PositionStatus[]).map((status) => ({
      key: status,
      label: STATUSES[status].description,
      svg: symbolSvg({ side: 'nato', status, confidence: 'high' }, 18, NEUTRAL),
    })),
    confidence: (Object.keys(CONFIDENCE) as Confidence[]).map((c) => ({
      key: c,
      label: CONFIDENCE[c].description,
      svg: symbolSvg({ side: 'nato', status: 'present', confidence: c }, 18, NEUTRAL),
    })),
  };
}

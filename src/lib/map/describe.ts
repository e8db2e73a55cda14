// The map in words: the static map's text alternative and the "What the map shows" text, both
// generated from the same data as the map, so they can never disagree with it.
import type { Movement } from '../../schemas/movement';
import type { Position } from '../../schemas/position';
import { formatShortDate } from '../format/dates';
import { containsPoint } from './geo';
import { shortLabel } from './labels';
import type { PositionView } from './position-view';
import type { MapWords } from './words';
import type { MapView } from './views';

/** A movement whose two ends are both plotted positions, with their coordinates. */
export interface PlottedMovement<P extends MovementEnd = MovementEnd> {
  movement: Movement;
  from: P;
  to: P;
}

/** What an arrow needs of the positions at its ends. */
export type MovementEnd = Pick<Position, 'id' | 'label' | 'lat' | 'lng'>;

/** What the map's text says of a position: the reader's words from position-view. */
export type DescribedPosition = Pick<PositionView, 'id' | 'label' | 'lat' | 'lng' | 'side' | 'status' | 'sideName' | 'statusName' | 'asOfDate'>;

/** The movements the map can draw: both ends name a plotted position. */
export function plottedMovements<P extends MovementEnd>(movements: Movement[], positions: P[]): PlottedMovement<P>[] {
  const byId = new Map(positions.map((p) => [p.id, p]));
  return movements.flatMap((movement) => {
    const from = movement.from.position ? byId.get(movement.from.position) : undefined;
    const to = movement.to.position ? byId.get(movement.to.position) : undefined;
    return from && to ? [{ movement, from, to }] : [];
  });
}

/** Positions whose point lies inside the view. */
export const positionsInView = <P extends Pick<Position, 'lat' | 'lng'>>(view: MapView, positions: P[]): P[] =>
  positions.filter((p) => containsPoint(view.bounds, p.lat, p.lng));

/** "Klintsy (Bryansk oblast): Russian forces in Russia, present, as of 25 Dec 2021". */
export function positionSentence(p: Pick<PositionView, 'label' | 'sideName' | 'statusName' | 'asOfDate'>): string {
  const asOf = p.asOfDate ? `, as of ${p.asOfDate}` : '';
  return `${p.label}: ${p.sideName}, ${p.statusName}${asOf}`;
}

/** "2 present, 1 drawn down", in the key's order of statuses. */
function statusCounts(positions: Pick<Position, 'status'>[], words: MapWords): string {
  const counts = new Map<string, number>();
  for (const p of positions) counts.set(p.status, (counts.get(p.status) ?? 0) + 1);
  return words.statusIds
    .filter((s) => counts.has(s))
    .map((s) => words.countStatus(s, counts.get(s)!))
    .join(', ');
}

export interface SideSummary {
  side: string;
  /** The side's group name, as in the key: "Russian forces in Russia and Crimea". */
  name: string;
  count: number;
  /** The count in words: "13 positions of Russian forces in Russia and Crimea", "1 NATO battlegroup". */
  counted: string;
  /** "12 present, 1 drawn down" */
  statuses: string;
}

/** Counts by side (in the legend's order) of the given positions. */
export function sideSummaries(positions: Pick<Position, 'side' | 'status'>[], words: MapWords): SideSummary[] {
  return words.sideIds
    .map((side) => {
      const mine = positions.filter((p) => p.side === side);
      return { side, name: words.side(side).name, count: mine.length, counted: words.countSide(side, mine.length), statuses: statusCounts(mine, words) };
    })
    .filter((s) => s.count > 0);
}

export interface ViewDescription {
  /** "US forces heading east, as of 7 Feb 2022." */
  title: string;
  /** Highlighted positions in the view, in data order, each as one sentence. */
  highlighted: { id: string; text: string }[];
  /** Every position in the view, counted by side. */
  sides: SideSummary[];
  /** Movement arrows in the view, one sentence each. */
  movements: string[];
  /** How many positions the view shows. */
  total: number;
  /** "What the map shows" in one sentence (viewSummary), made here so the island need not. */
  summary: string;
}

/** Everything the text versions of one view say. */
export function describeView(view: MapView, positions: DescribedPosition[], movements: PlottedMovement[], asOf: string, words: MapWords): ViewDescription {
  const visible = positionsInView(view, positions);
  const highlighted = visible.filter((p) => view.highlight.includes(p.id));
  const arrows = movements.filter(
    ({ from, to }) => containsPoint(view.bounds, from.lat, from.lng) || containsPoint(view.bounds, to.lat, to.lng),
  );
  const d: Omit<ViewDescription, 'summary'> = {
    title: `${view.caption}, as of ${formatShortDate(asOf)}`,
    highlighted: highlighted.map((p) => ({ id: p.id, text: positionSentence(p) })),
    sides: sideSummaries(visible, words),
    movements: arrows.map(
      ({ movement, from, to }) => `${movement.label} (${words.movementStatusName(movement.status)}): an arrow from ${shortLabel(from.label)} to ${shortLabel(to.label)}`,
    ),
    total: visible.length,
  };
  return { ...d, summary: viewSummary(d) };
}

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`);

/** "1 position", "32 positions". */
const positionsCount = (n: number) => `${n} ${n === 1 ? 'position' : 'positions'}`;

/** "What the map shows": "{title}: 32 positions: 13 positions of … (12 present, 1 drawn down); …". */
export function viewSummary(d: Pick<ViewDescription, 'title' | 'total' | 'sides'>): string {
  const sides = d.sides.map((s) => `${s.counted} (${s.statuses})`).join('; ');
  return `${d.title}: ${positionsCount(d.total)}${sides ? `: ${sides}` : ''}.`;
}

/** The static map's alt text: what it shows, in a few sentences. */
export function altText(d: ViewDescription): string {
  const counts = d.sides.map((s) => s.counted).join(', ');
  const parts = [`Map: ${d.title}. ${positionsCount(d.total)} shown${counts ? ` (${counts})` : ''}.`];
  if (d.highlighted.length) parts.push(`Highlighted: ${list(d.highlighted.map((h) => h.text))}.`);
  if (d.movements.length) parts.push(`${list(d.movements)}.`);
  parts.push('Most points mark a town near the site, not the site itself.');
  return parts.join(' ');
}

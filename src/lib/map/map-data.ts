// /map/data.json: everything the live map draws and says, in one file the island fetches, so the
// pages' HTML stays light and every page shares one cached copy.
import type { Movement } from '../../schemas/movement';
import type { Position } from '../../schemas/position';
import type { Source } from '../../schemas/source';
import type { Correction } from '../corrections';
import { formatShortDate } from '../format/dates';
import { describeView, plottedMovements, type ViewDescription } from './describe';
import type { MapBounds } from './geo';
import { positionView, type PositionSource, type PositionView } from './position-view';
import type { MapView } from './views';
import type { MapWords } from './words';

/** A source as a reader sees it in the details panel. */
export type MapSource = PositionSource;

/** A position as the live map shows it: position-view's fields, with its movements in words. */
export interface MapPosition extends Omit<PositionView, 'asOfDate' | 'corrections'> {
  /** Movements that start or end here, in words. */
  movements: string[];
  /** Published corrections to this position or its movements: "1 Dec 2026" and what changed. Absent when none. */
  corrections?: { date: string; text: string }[];
}

export interface MapMovement {
  id: string;
  label: string;
  side: Movement['side'];
  status: Movement['status'];
  /** The side's colour, and whether the status draws the arrow dashed (the story's vocabulary). */
  colour: string;
  dashed: boolean;
  from: [number, number];
  to: [number, number];
}

export interface MapDataView extends MapView {
  description: ViewDescription;
}

export interface MapData {
  /** The map's name inside a sentence (vocabulary.yaml map.name): "troop map". */
  name: string;
  /** The map's date, "7 Feb 2022". */
  asOf: string;
  /** The whole story map's frame. */
  bounds: MapBounds;
  positions: MapPosition[];
  movements: MapMovement[];
  views: MapDataView[];
}

/** The island's data file. */
export function mapData(input: {
  asOf: string;
  bounds: MapBounds;
  positions: Position[];
  movements: Movement[];
  sources: Map<string, Source>;
  views: MapView[];
  /** The corrections log, for the notes in the corrected positions' panels. */
  corrections?: Correction[];
  /** The story's map vocabulary. */
  words: MapWords;
}): MapData {
  const { words } = input;
  const ctx = { words, sources: input.sources, corrections: input.corrections, movements: input.movements };
  const positions = input.positions.map((p) => positionView(p, ctx));
  const plotted = plottedMovements(input.movements, positions);
  const movementLines = (id: string) =>
    input.movements
      .filter((m) => m.from.position === id || m.to.position === id)
      .map((m) => `${m.label} (${words.movementStatusName(m.status)}). From ${m.from.label} to ${m.to.label}.${m.note ? ` ${m.note}` : ''}`);
  return {
    name: words.map.name,
    asOf: formatShortDate(input.asOf),
    bounds: input.bounds,
    // The panel's fields in the data file's order (the island reads them by name).
    positions: positions.map(({ asOfDate: _date, corrections, sources, ...p }) => ({
      ...p,
      sources,
      movements: movementLines(p.id),
      ...(corrections.length ? { corrections: corrections.map((c) => ({ date: c.dateLabel, text: c.text })) } : {}),
    })),
    movements: plotted.map(({ movement, from, to }) => ({
      id: movement.id,
      label: movement.label,
      side: movement.side,
      status: movement.status,
      colour: words.side(movement.side).colour,
      dashed: words.dashed(movement.status),
      from: [from.lat, from.lng],
      to: [to.lat, to.lng],
    })),
    views: input.views.map((v) => ({ ...v, description: describeView(v, positions, plotted, input.asOf, words) })),
  };
}

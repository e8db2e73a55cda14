// /map/data.json: everything the live map draws and says, in one file the island fetches, so the
// pages' HTML stays light and every page shares one cached copy.
import type { Movement } from '../../schemas/movement';
import type { Position } from '../../schemas/position';
import type { Source } from '../../schemas/source';
import { positionNotes, type Correction } from '../corrections';
import { citeSources, sourceDateText } from '../format/citations';
import { formatShortDate } from '../format/dates';
import { describeView, plottedMovements, type ViewDescription } from './describe';
import type { MapBounds } from './geo';
import { shortLabel } from './labels';
import type { SymbolSpec } from './symbols';
import type { MapView } from './views';
import type { MapWords } from './words';

/** A source as a reader sees it in the details panel. */
export interface MapSource {
  outlet: string;
  title: string;
  /** "6 Feb 2022", "27/28 Jan 2022 across the outlets": the one rule, citations.sourceDateText. */
  date?: string;
  /** The outlet's own address; absent when only copies on other sites are known. */
  url?: string;
  /** True when the story is known only from copies on other sites (never linked as the outlet's). */
  copyOnly: boolean;
}

export interface MapPosition {
  id: string;
  label: string;
  short: string;
  side: Position['side'];
  sideName: string;
  status: Position['status'];
  statusName: string;
  /** How the marker is drawn: the side's shape and colour, the status's mark (the story's vocabulary). */
  symbol: SymbolSpec;
  what: string;
  lat: number;
  lng: number;
  marks: string;
  strength: string;
  /** "7 Feb 2022", with the brief's note after it when there is one; "no date known" otherwise. */
  asOf: string;
  confidence: Position['confidence'];
  confidenceNote?: string;
  note?: string;
  sources: MapSource[];
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

function mapSource(s: Source): MapSource {
  const date = sourceDateText(s);
  return {
    outlet: s.outlet,
    title: s.title,
    ...(date ? { date } : {}),
    ...(s.url ? { url: s.url } : {}),
    copyOnly: !s.url && (s.copyUrls?.length ?? 0) > 0,
  };
}

/**
 * "2 Feb 2022 (Announced)"; the note alone when it already gives the date, as written or as shown
 * ("2021 (not Feb 2022)", "late Jan 2022; …"); "date; note" when the note has brackets of its own,
 * so that parentheses never nest.
 */
export function asOfText(p: Pick<Position, 'asOf' | 'asOfNote'>): string {
  if (p.asOf && p.asOfNote) {
    const date = formatShortDate(p.asOf);
    if (p.asOfNote.includes(p.asOf) || p.asOfNote.includes(date)) return p.asOfNote;
    return /[()]/.test(p.asOfNote) ? `${date}; ${p.asOfNote}` : `${date} (${p.asOfNote})`;
  }
  if (p.asOf) return formatShortDate(p.asOf);
  return p.asOfNote ?? 'no date known';
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
  const plotted = plottedMovements(input.movements, input.positions);
  const correctionsOf = (id: string) => {
    const notes = positionNotes(input.corrections ?? [], id, input.movements);
    return notes.length ? { corrections: notes.map((n) => ({ date: n.dateLabel, text: n.text })) } : {};
  };
  const movementLines = (id: string) =>
    input.movements
      .filter((m) => m.from.position === id || m.to.position === id)
      .map((m) => `${m.label} (${words.movementStatusName(m.status)}). From ${m.from.label} to ${m.to.label}.${m.note ? ` ${m.note}` : ''}`);
  return {
    name: words.map.name,
    asOf: formatShortDate(input.asOf),
    bounds: input.bounds,
    positions: input.positions.map((p) => ({
      id: p.id,
      label: p.label,
      short: shortLabel(p.label),
      side: p.side,
      sideName: words.sideName(p),
      status: p.status,
      statusName: words.status(p.status).name,
      symbol: words.symbol(p),
      what: p.what,
      lat: p.lat,
      lng: p.lng,
      marks: p.marks,
      strength: p.strength.text,
      asOf: asOfText(p),
      confidence: p.confidence,
      ...(p.confidenceNote ? { confidenceNote: p.confidenceNote } : {}),
      ...(p.note ? { note: p.note } : {}),
      sources: citeSources(p.sources, input.sources).map(mapSource),
      movements: movementLines(p.id),
      ...correctionsOf(p.id),
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
    views: input.views.map((v) => ({ ...v, description: describeView(v, input.positions, plotted, input.asOf, words) })),
  };
}

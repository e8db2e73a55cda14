// What a reader sees of one position, built once: the live map's panel (map-data), the positions
// table, the static maps and the map's text all read these fields, so their wording cannot drift
// apart (the three builders once disagreed on a source's date).
import type { Movement } from '../../schemas/movement';
import type { Position } from '../../schemas/position';
import type { Source } from '../../schemas/source';
import { positionNotes, type Correction } from '../corrections';
import { citeSources, sourceDateText } from '../format/citations';
import { formatShortDate } from '../format/dates';
import { shortLabel } from './labels';
import type { SymbolSpec } from './symbols';
import type { MapWords } from './words';

/** A source as a reader sees it beside a position. */
export interface PositionSource {
  outlet: string;
  title: string;
  /** "6 Feb 2022", "27/28 Jan 2022 across the outlets": the one rule, citations.sourceDateText. */
  date?: string;
  /** The outlet's own address; absent when only copies on other sites are known. */
  url?: string;
  /** True when the story is known only from copies on other sites (never linked as the outlet's). */
  copyOnly: boolean;
}

/** A published correction to the position or to a movement that starts or ends there. */
export interface PositionCorrection {
  /** ISO date, for <time datetime>. */
  date: string;
  /** "1 Dec 2026" */
  dateLabel: string;
  text: string;
}

export interface PositionView {
  id: string;
  label: string;
  /** The label without its bracketed region: what the maps print beside the marker. */
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
  /** The as-of date alone, "7 Feb 2022", for the map's sentences; absent when no date is known. */
  asOfDate?: string;
  confidence: Position['confidence'];
  confidenceNote?: string;
  note?: string;
  sources: PositionSource[];
  /** Newest first (corrections.sortCorrections); empty when none. */
  corrections: PositionCorrection[];
}

export interface PositionViewContext {
  /** The story's map vocabulary. */
  words: MapWords;
  /** The story's sources by id. */
  sources: Map<string, Source>;
  /** The corrections log and the movements, for the corrections that touch the position. */
  corrections?: Correction[];
  movements?: Pick<Movement, 'id' | 'from' | 'to'>[];
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

export function positionSource(s: Source): PositionSource {
  const date = sourceDateText(s);
  return {
    outlet: s.outlet,
    title: s.title,
    ...(date ? { date } : {}),
    ...(s.url ? { url: s.url } : {}),
    copyOnly: !s.url && (s.copyUrls?.length ?? 0) > 0,
  };
}

/** What a reader sees of one position. Throws on a source id the story lacks (the validator names it first). */
export function positionView(p: Position, ctx: PositionViewContext): PositionView {
  const { words } = ctx;
  return {
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
    ...(p.asOf ? { asOfDate: formatShortDate(p.asOf) } : {}),
    confidence: p.confidence,
    ...(p.confidenceNote ? { confidenceNote: p.confidenceNote } : {}),
    ...(p.note ? { note: p.note } : {}),
    sources: citeSources(p.sources, ctx.sources).map(positionSource),
    corrections: positionNotes(ctx.corrections ?? [], p.id, ctx.movements ?? []).map((n) => ({ date: n.date, dateLabel: n.dateLabel, text: n.text })),
  };
}

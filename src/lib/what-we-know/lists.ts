// The "What we know, and what we don't" box, worked out once at build time from a story's data:
// the map's points sort themselves by status and confidence (positions.yaml), and known.yaml adds
// the totals and what came later. Nothing here is typed for one story.
import type { KnownAbout, KnownEntry } from '../../schemas/known';
import type { Position } from '../../schemas/position';
import type { Source } from '../../schemas/source';
import { citeSources } from '../format/citations';
import { firstDay, formatShortDate } from '../format/dates';
import type { MapWords } from '../map/words';
import { positionDomId, statementDomIds } from '../contracts';
import { POSITIONS_PATH, withBase } from '../urls';

/**
 * A point for "Reported, not confirmed": an unsettled status (vocabulary.yaml `unsettled`: one that
 * leaves forces at a point unconfirmed on the map's date, such as named in coverage with no dated
 * source, or ordered and not yet there, however sure the sources are of the order itself), or low confidence.
 */
export const isReportedPoint = (p: Pick<Position, 'status' | 'confidence'>, words: MapWords): boolean =>
  words.status(p.status).unsettled || p.confidence === 'low';

/** A point for "What the sources agree on": high confidence, and nothing that puts it in the other list. */
export const isAgreedPoint = (p: Pick<Position, 'status' | 'confidence'>, words: MapWords): boolean =>
  p.confidence === 'high' && !isReportedPoint(p, words);

export interface KnownItem {
  /** Where the item's link goes: the point in the positions table, the statement or the section. */
  href: string;
  /** The linked words: a point's label, or an entry's figure or claim. */
  title: string;
  /** Who says it and when, in one line. */
  detail: string;
  note?: string;
  /**
   * Who the item rests on, by outlet, each once. By outlet only, to keep the story page light (its
   * first view has a byte budget): a point's table row, where its link goes, cites them in full.
   */
  outlets: string[];
}

export interface WhatWeKnow {
  /** The map's date, "7 Feb 2022": what was known by then, and what came later. */
  asOf: string;
  agreed: KnownItem[];
  reported: KnownItem[];
  later: KnownItem[];
}

export interface WhatWeKnowInput {
  /** The map's date (map.yaml `asOf`), YYYY-MM-DD. */
  asOf: string;
  /** Every position, in the order the box lists them. */
  positions: Position[];
  /** known.yaml's entries, in any order: each list shows its entries by date. */
  entries: KnownEntry[];
  sources: Map<string, Source>;
  /** The deploy base ("/" or "/sub/path/"). */
  base: string;
  /** The story's map vocabulary: the statuses' names and which are unsettled. */
  words: MapWords;
}

/** The link of an entry's `about`: a position's row in the table, a statement's entry, or a section of the story. */
export function aboutHref(about: KnownAbout, base: string): string {
  if (about.position !== undefined) return `${withBase(base, POSITIONS_PATH)}#${positionDomId(about.position)}`;
  if (about.statement !== undefined) return `${withBase(base)}#${statementDomIds(about.statement).entry}`;
  return `${withBase(base)}#${about.section}`;
}

/** "present, as of 1 Feb 2022", with the confidence where the list does not already say it. */
function pointDetail(p: Position, withConfidence: boolean, words: MapWords): string {
  const confidence = withConfidence ? `, ${p.confidence} confidence` : '';
  // The date alone: the point's link leads to its row in the table, whose "As of" says more.
  return `${words.status(p.status).name}${confidence}, ${p.asOf ? `as of ${formatShortDate(p.asOf)}` : 'no date known'}`;
}

/** The outlets of the cited sources, each once, in the order cited. */
export const outletsOf = (ids: string[], sources: Map<string, Source>): string[] => [...new Set(citeSources(ids, sources).map((s) => s.outlet))];

function pointItem(p: Position, base: string, sources: Map<string, Source>, withConfidence: boolean, words: MapWords): KnownItem {
  return {
    href: aboutHref({ position: p.id }, base),
    title: p.label,
    detail: pointDetail(p, withConfidence, words),
    // The reference a coordinate was read from says where the point is drawn, not whether forces are there.
    outlets: outletsOf(p.sources.filter((id) => id !== p.coordinateSource), sources),
  };
}

/** "US officials briefing Congress and allies, 5–6 Feb 2022" */
const entryDetail = (e: KnownEntry): string => `${e.who}, ${e.dateNote ?? formatShortDate(e.date)}`;

function entryItem(e: KnownEntry, base: string, sources: Map<string, Source>): KnownItem {
  return {
    href: aboutHref(e.about, base),
    title: e.what,
    detail: entryDetail(e),
    ...(e.note ? { note: e.note } : {}),
    outlets: outletsOf(e.sources, sources),
  };
}

/** Entries by date, earliest first (then by id, so the order never depends on the file's). */
export const sortKnownEntries = (entries: KnownEntry[]): KnownEntry[] =>
  [...entries].sort((a, b) => firstDay(a.date).localeCompare(firstDay(b.date)) || a.id.localeCompare(b.id));

/** The box's three lists: points first (in the order given), then the entries of known.yaml by date. */
export function whatWeKnow({ asOf, positions, entries, sources, base, words }: WhatWeKnowInput): WhatWeKnow {
  const sorted = sortKnownEntries(entries);
  const entriesIn = (list: KnownEntry['list']) => sorted.filter((e) => e.list === list).map((e) => entryItem(e, base, sources));
  return {
    asOf: formatShortDate(asOf),
    agreed: [...positions.filter((p) => isAgreedPoint(p, words)).map((p) => pointItem(p, base, sources, false, words)), ...entriesIn('agreed')],
    reported: [...positions.filter((p) => isReportedPoint(p, words)).map((p) => pointItem(p, base, sources, true, words)), ...entriesIn('reported')],
    later: entriesIn('later'),
  };
}

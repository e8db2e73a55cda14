// The corrections log (content/stories/<slug>/data/corrections.yaml) as readers meet it: the "Corrections and
// updates" list, the note on each corrected item, the story's "Updated" date and its JSON-LD.
import type { Correction, CorrectionTouches } from '../schemas/correction';
import type { Movement } from '../schemas/movement';
import { formatShortDate } from './format/dates';

export type { Correction };

/** A correction note for one item: "Corrected 1 Dec 2026: An earlier version … It now …". */
export interface CorrectionNote {
  id: string;
  /** YYYY-MM-DD, for <time datetime>. */
  date: string;
  /** "1 Dec 2026". */
  dateLabel: string;
  /** What was wrong and what it says now, in one text. */
  text: string;
}

/**
 * Newest first, as newsrooms list them; on the same day by `rank` (the story page ranks by the first
 * section a correction touches, so the log follows the reading order), then by id.
 */
export const sortCorrections = (corrections: Correction[], rank: (c: Correction) => number = () => 0): Correction[] =>
  [...corrections].sort((a, b) => b.date.localeCompare(a.date) || rank(a) - rank(b) || a.id.localeCompare(b.id));

/** What was wrong and what it says now, as one text (the list and the notes use it). */
export const correctionText = (c: Pick<Correction, 'wrong' | 'now'>): string => `${c.wrong} ${c.now}`;

export const correctionNote = (c: Correction): CorrectionNote => ({
  id: c.id,
  date: c.date,
  dateLabel: formatShortDate(c.date),
  text: correctionText(c),
});

/** The notes for one item: the corrections whose `touches[kind]` names `id`, newest first. */
export function notesFor(corrections: Correction[], kind: keyof CorrectionTouches, id: string): CorrectionNote[] {
  return sortCorrections(corrections.filter((c) => c.touches[kind]?.includes(id))).map(correctionNote);
}

/**
 * The notes a position's panel shows: its own corrections and those of the movements that start or
 * end there (the panel is where a reader meets a movement).
 */
export function positionNotes(corrections: Correction[], positionId: string, movements: Pick<Movement, 'id' | 'from' | 'to'>[]): CorrectionNote[] {
  const movementIds = movements.filter((m) => m.from.position === positionId || m.to.position === positionId).map((m) => m.id);
  const touching = corrections.filter(
    (c) => c.touches.positions?.includes(positionId) || movementIds.some((m) => c.touches.movements?.includes(m)),
  );
  return sortCorrections(touching).map(correctionNote);
}

/** What the story knows about where each kind of item is read, for finding a correction's sections. */
export interface CorrectionPlaces {
  /** Statement id → section id. */
  statements: Map<string, string>;
  /** Timeline id → section id. */
  timeline: Map<string, string>;
  /** Section id → the position ids its map view highlights. */
  highlights: Map<string, string[]>;
  /** Movement id → the plotted position ids at its ends. */
  movementEnds: Map<string, string[]>;
}

/**
 * The sections a correction touches: those it names, those holding its statements and timeline
 * phrases, and those whose map view highlights its positions (or a movement's ends).
 */
export function correctionSections(c: Correction, places: CorrectionPlaces): Set<string> {
  const sections = new Set(c.touches.sections ?? []);
  for (const id of c.touches.statements ?? []) if (places.statements.has(id)) sections.add(places.statements.get(id)!);
  for (const id of c.touches.timeline ?? []) if (places.timeline.has(id)) sections.add(places.timeline.get(id)!);
  const positions = new Set([...(c.touches.positions ?? []), ...(c.touches.movements ?? []).flatMap((m) => places.movementEnds.get(m) ?? [])]);
  for (const [section, highlighted] of places.highlights) if (highlighted.some((p) => positions.has(p))) sections.add(section);
  return sections;
}

/** The story's last-modified day: the newest correction's date, else the publication date. */
export const dateModified = (corrections: Correction[], published: string): string =>
  corrections.reduce((latest, c) => (c.date > latest ? c.date : latest), published);

/** The HTML id of a correction's entry in the "Corrections and updates" list. */
export const correctionAnchor = (id: string): string => `correction-${id}`;

/**
 * schema.org CorrectionComment items for the story's NewsArticle JSON-LD, in the order given: each
 * one's date and the address of its entry in the page's "Corrections and updates" list, which holds
 * its words. The words themselves stay out of the JSON-LD: they would double the page's weight in
 * text no search engine shows (about 1.5 KB gzip on a story with 17 corrections).
 */
export const correctionsJsonLd = (corrections: Correction[], storyUrl: string): Record<string, unknown>[] =>
  corrections.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, url: `${storyUrl}#${correctionAnchor(c.id)}` }));

/** A same-day rank for sortCorrections: the story order of the first section a correction touches. */
export function readingRank(places: CorrectionPlaces, sectionOrder: Map<string, number>): (c: Correction) => number {
  return (c) => Math.min(...[...correctionSections(c, places)].map((id) => sectionOrder.get(id) ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
}

// A story's corrections log (data/corrections.yaml), and where in the story each correction is read.
import { getCollection } from 'astro:content';
import { inStory } from '../lib/stories/entry-id';
import { correctionSections, readingRank, sortCorrections, type Correction, type CorrectionPlaces } from '../lib/corrections';
import { getSections } from './story';
import { getMovements, getStatements, getTimeline } from './story-data';

/** Every correction, newest first; on the same day in the story's reading order. */
export async function getCorrections(slug: string): Promise<Correction[]> {
  const [entries, places, sections] = await Promise.all([getCollection('corrections', inStory(slug)), getCorrectionPlaces(slug), getSections(slug)]);
  const order = new Map(sections.map((s, i) => [s.id, i]));
  return sortCorrections(
    entries.map((e) => e.data),
    readingRank(places, order),
  );
}

/** Where each kind of item is read: statements and timeline entries by section, map highlights, movement ends. */
export async function getCorrectionPlaces(slug: string): Promise<CorrectionPlaces> {
  const [sections, statements, timeline, movements] = await Promise.all([getSections(slug), getStatements(slug), getTimeline(slug), getMovements(slug)]);
  return {
    statements: new Map(statements.map((s) => [s.id, s.section])),
    timeline: new Map(timeline.map((t) => [t.id, t.section])),
    highlights: new Map(sections.map((s) => [s.id, s.data.map?.highlight ?? []])),
    movementEnds: new Map(movements.map((m) => [m.id, [m.from.position, m.to.position].filter((p): p is string => p !== undefined)])),
  };
}

/** The corrections that touch one section (for its page), newest first. */
export async function getSectionCorrections(slug: string, sectionId: string): Promise<Correction[]> {
  const [corrections, places] = await Promise.all([getCorrections(slug), getCorrectionPlaces(slug)]);
  return corrections.filter((c) => correctionSections(c, places).has(sectionId));
}

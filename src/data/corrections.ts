// The corrections log (content/data/corrections.yaml), and where in the story each correction is read.
import { getCollection } from 'astro:content';
import { correctionSections, sortCorrections, type Correction, type CorrectionPlaces } from '../lib/corrections';
import { getSections } from './story';
import { getMovements, getStatements, getTimeline } from './story-data';

/** Every correction, newest first. */
export const getCorrections = async (): Promise<Correction[]> => sortCorrections((await getCollection('corrections')).map((e) => e.data));

/** Where each kind of item is read: statements and timeline entries by section, map highlights, movement ends. */
export async function getCorrectionPlaces(): Promise<CorrectionPlaces> {
  const [sections, statements, timeline, movements] = await Promise.all([getSections(), getStatements(), getTimeline(), getMovements()]);
  return {
    statements: new Map(statements.map((s) => [s.id, s.section])),
    timeline: new Map(timeline.map((t) => [t.id, t.section])),
    highlights: new Map(sections.map((s) => [s.id, s.data.map?.highlight ?? []])),
    movementEnds: new Map(movements.map((m) => [m.id, [m.from.position, m.to.position].filter((p): p is string => p !== undefined)])),
  };
}

/** The corrections that touch one section (for its page), newest first. */
export async function getSectionCorrections(sectionId: string): Promise<Correction[]> {
  const [corrections, places] = await Promise.all([getCorrections(), getCorrectionPlaces()]);
  return corrections.filter((c) => correctionSections(c, places).has(sectionId));
}

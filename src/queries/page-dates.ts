// The day each indexable page last changed, by its site-relative path: the newest correction that
// applies to what the page shows, else the story's publication date. One source for the sitemap's
// <lastmod>, article:modified_time and JSON-LD dateModified, so they always agree.
import { pageModified } from '../lib/page-meta';
import { METHOD_PATH, POSITIONS_PATH, sectionPath, statementPath } from '../lib/urls';
import { getCorrections, getSectionCorrections } from './corrections';
import { getSections, getStory } from './story';
import { getStatements } from './story-data';

const memo = new Map<string, Promise<Map<string, string>>>();

/** A story's pages, by path relative to the story's base ("" for the story, "troop-buildup/", …) → YYYY-MM-DD, in the sitemap's order. */
export function getPageDates(slug: string): Promise<Map<string, string>> {
  // Computed once per story and build; `astro dev` recomputes so edited corrections show at once.
  if (import.meta.env.DEV) return load(slug);
  let dates = memo.get(slug);
  if (!dates) memo.set(slug, (dates = load(slug)));
  return dates;
}

async function load(slug: string): Promise<Map<string, string>> {
  const [story, sections, statements, corrections] = await Promise.all([getStory(slug), getSections(slug), getStatements(slug), getCorrections(slug)]);
  const published = story.published;
  const dates = new Map<string, string>([['', pageModified(corrections, published)]]);
  for (const section of sections) dates.set(sectionPath(section.id), pageModified(await getSectionCorrections(slug, section.id), published));
  // The positions table carries the notes of corrected positions and of the movements between them.
  dates.set(POSITIONS_PATH, pageModified(corrections, published, (c) => Boolean(c.touches.positions?.length || c.touches.movements?.length)));
  for (const s of statements) dates.set(statementPath(s.id), pageModified(corrections, published, (c) => Boolean(c.touches.statements?.includes(s.id))));
  // The method page changes with the code, not the data: no correction applies to it.
  dates.set(METHOD_PATH, published);
  return dates;
}

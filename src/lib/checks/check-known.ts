// The "What we know, and what we don't" box (content/data/known.yaml and the <WhatWeKnow /> tag).
// The schema already holds each entry to its own rules (a source at least; high confidence in the
// "agreed" list). Here: what needs the other files: the ids an entry names, its date against the
// map's date (the line between "known then" and "came later"), and the box placed once.
// The map's points need no rule: the box sorts them from positions.yaml itself (src/lib/what-we-know).
import { startsAfter } from '../format/dates';
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';
import { WHAT_WE_KNOW_TAG } from '../what-we-know/tag';

const MDX_COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;
const BOX_TAG = new RegExp(`<${WHAT_WE_KNOW_TAG}[\\s/>]`, 'g');

/** How many times a section body places the box (MDX comments do not count). */
export const boxTagsIn = (body: string): number => body.replace(MDX_COMMENT, '').match(BOX_TAG)?.length ?? 0;

/** Unknown ids in known.yaml, entries dated on the wrong side of the map's date, and a box placed twice. */
export function knownProblems(c: LoadedContent): DataProblem[] {
  const problems: DataProblem[] = [];
  const file = c.known.file;
  const sectionIds = new Set(c.sections.keys());
  const map = c.map.entries.length === 1 ? c.map.entries[0]!.data : undefined;

  for (const { entry, data } of c.known.entries) {
    const where = { file, entry };
    if (c.sources.readable) {
      data.sources.forEach((id, i) => {
        if (!c.sources.ids.has(id)) problems.push({ ...where, field: 'sources', item: i + 1, message: `"${id}" is not a source id in ${c.sources.file}` });
      });
    }
    const { position, statement, section } = data.about;
    if (position !== undefined && c.positions.readable && !c.positions.ids.has(position)) {
      problems.push({ ...where, field: 'about.position', message: `"${position}" is not a position id in ${c.positions.file}` });
    }
    if (statement !== undefined && c.statements.readable && !c.statements.ids.has(statement)) {
      problems.push({ ...where, field: 'about.statement', message: `"${statement}" is not a statement id in ${c.statements.file}` });
    }
    if (section !== undefined && !sectionIds.has(section)) {
      problems.push({
        ...where,
        field: 'about.section',
        message: `"${section}" is not a section id (the "id" in the frontmatter of a file in ${c.sectionsDir})`,
      });
    }
    if (map) {
      const after = startsAfter(data.date, map.asOf);
      if (data.list === 'later' && !after) {
        problems.push({
          ...where,
          field: 'date',
          message: `${data.date} is not after the map's date (${map.asOf}, set in ${c.map.file}); the "later" list (Came later) holds only what was reported after it. Known by then: use list: reported`,
        });
      } else if (data.list !== 'later' && after) {
        problems.push({
          ...where,
          field: 'date',
          message: `${data.date} is after the map's date (${map.asOf}, set in ${c.map.file}); what was not known by then belongs in list: later`,
        });
      }
    }
  }

  // The box appears once in the story: a second tag would print every list twice.
  let first: string | undefined;
  for (const { file: section, body } of c.sections.values()) {
    const count = boxTagsIn(body);
    if (count === 0) continue;
    if (first !== undefined || count > 1) {
      problems.push({
        file: section,
        message: `places <${WHAT_WE_KNOW_TAG} /> ${first !== undefined ? `again (it is already in ${first})` : `${count} times`}; the box appears once in the story, so keep one tag`,
      });
    }
    first ??= section;
  }
  return problems;
}

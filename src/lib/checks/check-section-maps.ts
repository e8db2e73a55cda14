// Each section's map view (frontmatter `map`) may only highlight positions that exist, and must
// frame part of the story map. The shape itself is checked by the section schema when Astro loads it.
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';
import { boundsWithin } from '../map/geo';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Unknown highlighted position ids, and view bounds outside the story map's frame. */
export function sectionMapProblems(c: LoadedContent): DataProblem[] {
  const problems: DataProblem[] = [];
  const frame = c.map.entries.length === 1 ? c.map.entries[0]!.data.bounds : undefined;
  for (const [id, section] of c.sections) {
    if (!isRecord(section.map)) continue;
    const where = { file: section.file, entry: `"${id}"` };
    const { highlight, bounds } = section.map;
    if (Array.isArray(highlight) && c.positions.readable) {
      highlight.forEach((value, i) => {
        if (typeof value === 'string' && !c.positions.ids.has(value)) {
          problems.push({ ...where, field: 'map.highlight', item: i + 1, message: `"${value}" is not a position id in ${c.positions.file}` });
        }
      });
    }
    const corners = Array.isArray(bounds) ? bounds.flat() : [];
    if (frame && corners.length === 4 && corners.every((n) => typeof n === 'number')) {
      const [south, west, north, east] = corners as [number, number, number, number];
      if (!boundsWithin({ south, west, north, east }, frame)) {
        problems.push({
          ...where,
          field: 'map.bounds',
          message: `[[${south}, ${west}], [${north}, ${east}]] reaches outside the story map ([[${frame.south}, ${frame.west}], [${frame.north}, ${frame.east}]], set in ${c.map.file}); keep each view inside it`,
        });
      }
    }
  }
  return problems;
}

// A position whose label or point names one of the story's areas (vocabulary.yaml `areas`, by its
// `words`) must say that `area`, or the map would name it by its side alone and could place the
// land in the wrong country: in the main story, a point in Crimea without `area: crimea` would
// read "Russian forces in Russia" and never say Crimea was annexed. The side id says whose forces,
// not whose land.
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Points whose label or `marks` names an area they do not declare. */
export function areaProblems(c: LoadedContent): DataProblem[] {
  const v = c.vocabulary.entries[0]?.data;
  if (!v) return [];
  const problems: DataProblem[] = [];
  for (const { entry, data } of c.positions.entries) {
    if (data.area !== undefined) continue;
    for (const area of v.areas) {
      const word = area.words.find((w) => new RegExp(`\\b${escape(w)}\\b`).test(`${data.label} ${data.marks}`));
      if (!word) continue;
      const side = v.sides.find((s) => s.id === data.side)?.map;
      const says = side?.forces ? `“${side.forces} in ${area.name}”` : `“${area.name}”`;
      problems.push({
        file: c.positions.file,
        entry,
        field: 'area',
        message: `is missing: the label or point places it in ${word}; add area: ${area.id}, so the map says ${says}${side ? ` rather than “${side.point}”` : ''}`,
      });
      break;
    }
  }
  return problems;
}

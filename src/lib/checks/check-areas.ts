// A Russian position whose label or point says it is in Crimea must say `area: crimea`, or the map
// would call it "Russian forces in Russia and Crimea" at best and never say Crimea was annexed
// (FACTS §5, item 13: the side id says whose forces, not whose land).
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';

/** Crimean points without `area: crimea`. */
export function areaProblems(c: LoadedContent): DataProblem[] {
  return c.positions.entries
    .filter(({ data }) => data.side === 'russia' && data.area === undefined && /\bCrimea\b/.test(`${data.label} ${data.marks}`))
    .map(({ entry }) => ({
      file: c.positions.file,
      entry,
      field: 'area',
      message: 'is missing: the label or point places it in Crimea; add area: crimea, so the map says “Russian forces in Crimea, annexed by Russia in 2014” rather than placing Crimea in Russia',
    }));
}

// The basemap takes no side: a position in Crimea (`area: crimea`) must not fall inside any basemap
// shape but the country the land is recognised as part of (FACTS §5, item 13). Natural Earth draws
// Crimea inside Russia, so map.yaml's `recognised` rule moves it; this checks the basemap the build
// actually draws (the same storyBasemap() call), so a dropped rule or a new world-atlas fails the build.
import type { Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { countryShapes, storyBasemap } from '../map/basemap';
import { areaParts, countryNames, polygonContains } from '../map/recognised';
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';

export interface WorldFile {
  /** Path as shown to the editor. */
  path: string;
  topology: Topology | null;
}

const contains = (geometry: Polygon | MultiPolygon, point: [number, number]) =>
  (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).some((rings) => polygonContains(rings, point));

/** Rules that name no basemap country or pick no shape, and positions of an area drawn in the wrong country. */
export function basemapProblems(c: LoadedContent, world: WorldFile): DataProblem[] {
  const map = c.map.entries[0];
  const placed = c.positions.entries.filter(({ data }) => data.area !== undefined);
  if (!map || c.map.entries.length !== 1 || (placed.length === 0 && !map.data.recognised?.length)) return [];
  if (!world.topology) return [{ file: world.path, message: 'is missing or unreadable, so the basemap cannot be checked; run npm ci' }];
  const problems: DataProblem[] = [];
  const names = countryNames(world.topology);
  const rules = map.data.recognised ?? [];
  rules.forEach((rule, i) => {
    const where = { file: c.map.file, entry: map.entry, field: `recognised.${i + 1}` };
    for (const key of ['drawnIn', 'country'] as const) {
      if (!names.has(rule[key])) problems.push({ ...where, field: `${where.field}.${key}`, message: `"${rule[key]}" is not a country name in ${world.path}; use its spelling there` });
    }
    const parts = areaParts(world.topology!, rule);
    if (parts.straddling > 0) {
      problems.push({ ...where, field: `${where.field}.region`, message: `cuts across ${parts.straddling} shape(s) of ${rule.drawnIn}; draw it round the whole ${rule.area} land, or it cannot move` });
    }
  });
  if (problems.length) return problems;

  const shapes = countryShapes(storyBasemap(world.topology, map.data));
  for (const { entry, data } of placed) {
    const rule = rules.find((r) => r.area === data.area);
    const wrong = shapes.filter((s) => s.properties.name !== rule?.country && contains(s.geometry, [data.lng, data.lat]));
    for (const shape of wrong) {
      problems.push({
        file: c.positions.file,
        entry,
        field: 'area',
        message: rule
          ? `is "${data.area}", but the basemap draws this point (${data.lat}, ${data.lng}) inside ${shape.properties.name}, not ${rule.country}; widen "region" of the "${data.area}" rule under "recognised" in ${c.map.file}`
          : `is "${data.area}", but the basemap draws this point (${data.lat}, ${data.lng}) inside ${shape.properties.name}; a map must never show it as part of ${shape.properties.name}: add a rule for "${data.area}" under "recognised" in ${c.map.file} that gives the land to the country it is recognised as part of`,
      });
    }
  }
  return problems;
}

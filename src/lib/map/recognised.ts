// Recognised borders on the basemap. Natural Earth (through world-atlas) draws some land inside a
// country that is internationally recognised as another's: Crimea inside Russia (FACTS §5, item 13).
// map.yaml's `recognised` rules say which land and whose it is; this moves those shapes in the
// topology itself, so the merged country has no border where the two met (shared arcs dissolve).
// Pure: a topology in, a new topology out.
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { feature, mergeArcs } from 'topojson-client';
import type { Position as GeoPosition } from 'geojson';
import type { RecognisedArea } from '../../schemas/map';

type Country = (TopoPolygon | TopoMultiPolygon) & { properties?: { name?: string } };

/** True when the point lies inside the ring (even–odd rule, planar in degrees: fine for areas this small). */
export function ringContains(ring: readonly (readonly number[])[], [x, y]: readonly number[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** True when the point lies inside a polygon (in its outer ring and in none of its holes). */
export const polygonContains = (rings: readonly GeoPosition[][], point: readonly number[]): boolean =>
  rings.length > 0 && ringContains(rings[0]!, point) && !rings.slice(1).some((hole) => ringContains(hole, point));

const countriesOf = (topology: Topology) => topology.objects.countries as GeometryCollection<{ name?: string }>;
const nameOf = (g: { properties?: object }): string | undefined => (g.properties as { name?: string } | undefined)?.name;

/** The basemap's country names (as world-atlas spells them). */
export const countryNames = (topology: Topology): Set<string> =>
  new Set(countriesOf(topology).geometries.map((g) => nameOf(g) ?? '').filter(Boolean));

/** The polygons (as topology arcs) of `country`, each with its outer ring's coordinates. */
function polygonsOf(topology: Topology, country: Country) {
  const arcs: number[][][] = country.type === 'Polygon' ? [country.arcs] : country.arcs;
  return arcs.map((polygonArcs) => {
    const geometry = feature(topology, { type: 'Polygon', arcs: polygonArcs }).geometry as { coordinates: GeoPosition[][] };
    return { arcs: polygonArcs, outer: geometry.coordinates[0] ?? [] };
  });
}

export interface AreaParts {
  /** How many of `drawnIn`'s polygons lie wholly inside the region (these move). */
  inside: number;
  /** How many it cuts across: partly inside, so they cannot move whole. */
  straddling: number;
}

/** How the rule's region meets the shapes of the country the basemap draws the land in. */
export function areaParts(topology: Topology, rule: RecognisedArea): AreaParts {
  const from = countriesOf(topology).geometries.find((g) => nameOf(g) === rule.drawnIn) as Country | undefined;
  const parts = { inside: 0, straddling: 0 };
  if (!from || (from.type !== 'Polygon' && from.type !== 'MultiPolygon')) return parts;
  for (const { outer } of polygonsOf(topology, from)) {
    const within = outer.filter((p) => ringContains(rule.region, p)).length;
    if (within === outer.length) parts.inside++;
    else if (within > 0) parts.straddling++;
  }
  return parts;
}

/**
 * The topology with each rule applied: the polygons of `drawnIn` lying wholly inside `region` are
 * removed from it and merged into `country`. Rules naming a country the basemap lacks change
 * nothing (the data check reports them).
 */
export function applyRecognised(topology: Topology, rules: readonly RecognisedArea[] = []): Topology {
  if (rules.length === 0) return topology;
  const geometries = countriesOf(topology).geometries.map((g) => ({ ...g })) as Country[];
  for (const rule of rules) {
    const fromIndex = geometries.findIndex((g) => g.properties?.name === rule.drawnIn);
    const toIndex = geometries.findIndex((g) => g.properties?.name === rule.country);
    const from = geometries[fromIndex];
    const to = geometries[toIndex];
    if (!from || !to || (from.type !== 'Polygon' && from.type !== 'MultiPolygon') || (to.type !== 'Polygon' && to.type !== 'MultiPolygon')) continue;
    const polygons = polygonsOf(topology, from);
    const moving = polygons.filter(({ outer }) => outer.every((p) => ringContains(rule.region, p)));
    if (moving.length === 0) continue;
    const staying = polygons.filter((p) => !moving.includes(p));
    // mergeArcs drops the arcs the merged polygons share: no border is left where they met.
    const merged = mergeArcs(topology, [to, ...moving.map((m): TopoPolygon => ({ type: 'Polygon', arcs: m.arcs }))]);
    geometries[toIndex] = { ...merged, properties: to.properties } as Country;
    geometries[fromIndex] =
      staying.length === 0
        ? ({ type: 'MultiPolygon', arcs: [], properties: from.properties } as Country)
        : ({ type: 'MultiPolygon', arcs: staying.map((s) => s.arcs), properties: from.properties } as Country);
  }
  return { ...topology, objects: { ...topology.objects, countries: { ...countriesOf(topology), geometries } } };
}

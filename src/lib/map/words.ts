// The story's map vocabulary (vocabulary.yaml) as the map's builders use it: a side's names, shape
// and colour, a status's name and mark, an area's wording, the key's rows. The validator has
// checked every id the data uses (src/lib/checks/check-vocabulary.ts), so a lookup that fails here is
// a bug in the build, and says which id.
import type { Confidence } from '../../schemas/fields';
import type { Vocabulary } from '../../schemas/vocabulary';
import { CONFIDENCE, KEY_SHAPE, NEUTRAL, symbolSvg, type SymbolSpec } from './symbols';

export type MapWords = ReturnType<typeof mapWords>;

/** Words written for the middle of a sentence, at its start: "troop map" → "Troop map". */
export const atStart = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** What the map's builders ask of the story's vocabulary. */
export function mapWords(v: Vocabulary) {
  const sides = new Map(v.sides.flatMap((s) => (s.map ? [[s.id, s.map] as const] : [])));
  const statuses = new Map(v.statuses.map((s) => [s.id, s]));
  const movementStatuses = new Map(v.movementStatuses.map((s) => [s.id, s]));
  const areas = new Map(v.areas.map((a) => [a.id, a]));
  const find = <T>(table: Map<string, T>, id: string, what: string): T => {
    const found = table.get(id);
    if (!found) throw new Error(`vocabulary.yaml declares no ${what} "${id}"`);
    return found;
  };
  const side = (id: string) => find(sides, id, 'side with map words');
  const status = (id: string) => find(statuses, id, 'status');
  const movementStatus = (id: string) => find(movementStatuses, id, 'movement status');
  return {
    /** The map's own words (title, name, overview caption, countries). */
    map: v.map,
    /** The sides the map draws, in the key's order. */
    sideIds: [...sides.keys()],
    /** The statuses, in the key's order. */
    statusIds: [...statuses.keys()],
    side,
    status,
    /**
     * Whose forces, for one point, named by where it is: "Russian forces in Russia", and for a
     * point with an `area` the side's `forces` in the area's words ("Russian forces in Crimea,
     * annexed by Russia in 2014"). The side's group name is for the key only.
     */
    sideName(p: { side: string; area?: string | undefined }): string {
      const s = side(p.side);
      return p.area && s.forces ? `${s.forces} in ${find(areas, p.area, 'area').name}` : s.point;
    },
    /** "1 position of US forces", "4 NATO battlegroups". */
    countSide: (id: string, n: number): string => `${n} ${n === 1 ? side(id).count.one : side(id).count.other}`,
    /** "2 exercise areas", "1 present". */
    countStatus(id: string, n: number): string {
      const s = status(id);
      return `${n} ${n === 1 ? s.name : (s.plural ?? s.name)}`;
    },
    /** A movement status in words: "under way". */
    movementStatusName: (id: string): string => movementStatus(id).name,
    /** True when a movement of this status is drawn dashed. */
    dashed: (id: string): boolean => movementStatus(id).dashed !== undefined,
    /** What a dashed arrow of this status means, for the key: "announced, not yet under way". */
    dashedMeans: (id: string): string | undefined => movementStatus(id).dashed,
    /** The side's own symbol (solid, high confidence), for the key and the table's groups. */
    sideSymbol(id: string): SymbolSpec {
      const { shape, colour } = side(id);
      return { shape, colour, mark: 'solid', confidence: 'high' };
    },
    /** How one point is drawn. */
    symbol(p: { side: string; status: string; confidence: Confidence }): SymbolSpec {
      const { shape, colour } = side(p.side);
      return { shape, colour, mark: status(p.status).mark, confidence: p.confidence };
    },
  };
}

/** The key's rows: one per side, one per status, one per confidence level. */
export function legendRows(words: MapWords) {
  return {
    sides: words.sideIds.map((id) => ({ key: id, label: words.side(id).name, svg: symbolSvg(words.sideSymbol(id), 18) })),
    statuses: words.statusIds.map((id) => {
      const { key, mark } = words.status(id);
      return { key: id, label: key, svg: symbolSvg({ shape: KEY_SHAPE, colour: NEUTRAL, mark, confidence: 'high' }, 18) };
    }),
    confidence: (Object.keys(CONFIDENCE) as Confidence[]).map((c) => ({
      key: c,
      label: CONFIDENCE[c].description,
      svg: symbolSvg({ shape: KEY_SHAPE, colour: NEUTRAL, mark: 'solid', confidence: c }, 18),
    })),
  };
}

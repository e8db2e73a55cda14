// Sources as they travel with each exported row: the full citation, not just the id.
import type { Source } from '../../schemas/source';

/** Looks sources up by id. */
export const sourceIndex = (sources: Source[]): Map<string, Source> => new Map(sources.map((s) => [s.id, s]));

/** The cited sources in the order cited. The build has already checked every id exists. */
export function citeSources(ids: string[], index: Map<string, Source>): Source[] {
  return ids.map((id) => {
    const source = index.get(id);
    if (!source) throw new Error(`unknown source "${id}"`);
    return source;
  });
}

/** One line per source for flat formats: "CNN: New satellite images … (2022-02-06)". */
export const citationLine = (s: Source): string => `${s.outlet}: ${s.title}${s.date ? ` (${s.date})` : ''}`;

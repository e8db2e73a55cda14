// The map's views: the whole map (overview) and one per section, from each section's frontmatter.
import type { MapConfig } from '../../schemas/map';
import type { SectionMap } from '../../schemas/section';
import { fromPair, type MapBounds } from './geo';

/** The id of the whole-map view, used before the first section and on /embed/map/ by default. */
export const OVERVIEW_ID = 'overview';

export interface MapView {
  /** OVERVIEW_ID or a section id. */
  id: string;
  /** A few words naming the view. */
  caption: string;
  /** The section's heading (none for the overview). */
  heading?: string;
  bounds: MapBounds;
  /** Position ids to emphasise; empty: none stands out. */
  highlight: string[];
}

export interface SectionForMap {
  id: string;
  heading: string;
  map?: SectionMap | undefined;
}

/**
 * The overview first, then one view per section in reading order. A section without `map` gets the
 * whole map, captioned `overviewCaption` (the story's vocabulary.yaml, map.overviewCaption).
 */
export function buildViews(map: Pick<MapConfig, 'bounds'>, overviewCaption: string, sections: SectionForMap[]): MapView[] {
  const overview: MapView = { id: OVERVIEW_ID, caption: overviewCaption, bounds: map.bounds, highlight: [] };
  return [
    overview,
    ...sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      caption: s.map?.caption ?? overviewCaption,
      bounds: s.map ? fromPair(s.map.bounds) : map.bounds,
      highlight: s.map?.highlight ?? [],
    })),
  ];
}

/** The view with this id, or the overview (the first view) when there is none. */
export const findView = <V extends MapView>(views: V[], id: string | null | undefined): V => views.find((v) => v.id === id) ?? views[0]!;

/** The view an address asks for: "#troop-buildup" or "?view=troop-buildup"; null when it names none. */
export function viewIdFromLocation(views: MapView[], hash: string, search = ''): string | null {
  const fromQuery = new URLSearchParams(search).get('view');
  const fromHash = decodeURIComponent(hash.replace(/^#/, ''));
  for (const id of [fromQuery, fromHash]) if (id && views.some((v) => v.id === id)) return id;
  return null;
}

/** The map's caption for a view: "US troops head east: US troops arriving in Poland…." */
export const captionText = (v: MapView): string => `${v.heading ? `${v.heading}: ` : ''}${v.caption}.`;

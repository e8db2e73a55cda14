// What the live map needs, fetched in the browser once the island has hydrated (on the reader's
// intent): Leaflet with our layer builders (by import(), so neither runs on the server nor downloads
// before intent), Leaflet's CSS and ours, and the map data, all at once.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import type { MapData } from '../../lib/map/map-data';
import liveCss from './positions-map-live.css?url';

/** Leaflet and the layer builders. */
export type Layers = typeof import('./leaflet-layers');

/** Adds a stylesheet link once; resolves when it has loaded (the map is drawn only then). */
function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[data-map-css="${href}"]`);
  const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  if (existing?.sheet) return Promise.resolve();
  link.dataset.mapCss = href;
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`could not load ${href}`)), { once: true });
  });
  if (!existing) document.head.append(link);
  return loaded;
}

/** Resolves with Leaflet and the data once both stylesheets have loaded too; rejects if any of it fails. */
export async function loadLiveMap(dataUrl: string): Promise<{ layers: Layers; data: MapData }> {
  const data = fetch(dataUrl).then((r) => (r.ok ? (r.json() as Promise<MapData>) : Promise.reject(new Error(`${r.status} ${dataUrl}`))));
  const [layers, d] = await Promise.all([import('./leaflet-layers'), data, loadStylesheet(leafletCss), loadStylesheet(liveCss)]);
  return { layers, data: d };
}

// @ts-check
// Optional raster tiles under the map. Off by default (the basemap is our own Natural Earth
// file); a newsroom with its own tile server turns them on at build time:
//   MAP_TILE_URL=https://tiles.example.org/{z}/{x}/{y}.png MAP_TILE_ATTRIBUTION="© Example" npm run build
// Plain .mjs so astro.config.mjs can read it too (it adds the tile host to the CSP's img-src).

/**
 * @typedef {{ url: string, attribution: string, origin: string }} TileLayerConfig
 */

/**
 * Reads and checks the tile settings; null when no tile URL is set.
 * @param {Record<string, string | undefined>} env
 * @returns {TileLayerConfig | null}
 */
export function tileLayerConfig(env) {
  const url = (env.MAP_TILE_URL ?? '').trim();
  if (url === '') return null;
  let parsed;
  try {
    parsed = new URL(url.replace(/\{[a-z]\}/g, '0'));
  } catch {
    throw new Error(`MAP_TILE_URL must be an absolute URL template such as https://tiles.example.org/{z}/{x}/{y}.png, got "${url}"`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`MAP_TILE_URL must use https://, got "${url}"`);
  for (const part of ['{z}', '{x}', '{y}']) {
    if (!url.includes(part)) throw new Error(`MAP_TILE_URL must contain ${part}, got "${url}"`);
  }
  const attribution = (env.MAP_TILE_ATTRIBUTION ?? '').trim();
  if (attribution === '') {
    throw new Error('MAP_TILE_ATTRIBUTION is required with MAP_TILE_URL: tiles must be credited on the map');
  }
  return { url, attribution, origin: parsed.origin };
}

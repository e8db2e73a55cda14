// The world's country shapes the basemap is cut from: Natural Earth 1:50m through world-atlas.
// Read from disk in one place, for the build (src/queries/map.ts) and its data check (read-content.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';

/** The package file, as the data check names it in its messages. */
export const WORLD_ATLAS_FILE = 'world-atlas/countries-50m.json';

/** Path of world-atlas's countries file, resolved from the project root (this may run from a bundled chunk). */
export const worldTopologyPath = (root: string = process.cwd()): string =>
  createRequire(join(root, 'package.json')).resolve(WORLD_ATLAS_FILE);

export const readWorldTopology = (root?: string): Topology => JSON.parse(readFileSync(worldTopologyPath(root), 'utf8')) as Topology;

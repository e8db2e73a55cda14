// Reads the story's data files and section MDX files (and the world's shapes) from disk for the validator. No Astro here:
// the build integration and the tests call it the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ARTICLE_FILE, DATA_FILES, SECTIONS_DIR, type DataFileKey } from './content-paths';
import { WORLD_ATLAS_FILE, readWorldTopology } from '../map/world-atlas';
import type { WorldFile } from './check-basemap';
import type { RawContent, RawFile } from './validate';

/** world-atlas's countries, or null when the package is not installed (the check then says so). */
function readWorld(root: string): WorldFile {
  const path = `node_modules/${WORLD_ATLAS_FILE}`;
  try {
    return { path, topology: readWorldTopology(root) };
  } catch {
    return { path, topology: null };
  }
}

/** A path as the editor knows it: relative to the project root when inside it. */
function displayPath(root: string, absolute: string): string {
  const rel = relative(root, absolute);
  return rel.startsWith('..') || isAbsolute(rel) ? absolute : rel.split('\\').join('/');
}

/** Reads `dir` (relative to `root`, or absolute). Missing files come back with text null. */
export function readContent(dir: string, root: string = process.cwd()): RawContent {
  const base = resolve(root, dir);
  const read = (path: string): RawFile => {
    const absolute = join(base, path);
    return { path: displayPath(root, absolute), text: existsSync(absolute) ? readFileSync(absolute, 'utf8') : null };
  };
  const files = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((key) => [key, read(DATA_FILES[key])]),
  ) as Record<DataFileKey, RawFile>;
  const sectionsAbs = join(base, SECTIONS_DIR);
  const sectionNames = existsSync(sectionsAbs) ? readdirSync(sectionsAbs).filter((f) => f.endsWith('.mdx')).sort() : [];
  return {
    files,
    article: read(ARTICLE_FILE),
    sectionsDir: `${displayPath(root, sectionsAbs)}/`,
    sections: sectionNames.map((name) => {
      const absolute = join(sectionsAbs, name);
      return { path: displayPath(root, absolute), text: readFileSync(absolute, 'utf8') };
    }),
    world: readWorld(root),
  };
}

// Reads the stories' files (and the world's shapes) from disk for the validator and the content
// loaders. No Astro here: the build integration and the tests call it the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { buildEnv, planBuild, type BuildPlan, type StoryFlags } from '../stories/plan';
import { WORLD_ATLAS_FILE, readWorldTopology } from '../map/world-atlas';
import type { WorldFile } from './check-basemap';
import { ARTICLE_FILE, DATA_FILES, SECTIONS_DIR, STORIES_DIR, STORY_FILE, storyDir, type DataFileKey } from './content-paths';
import { parseYaml } from './yaml';
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

/** Reads one story folder `dir` (relative to `root`, or absolute). Missing files come back with text null. */
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

/** The story folders under `<contentRoot>/stories/`, by name. */
export function listStories(contentRoot: string, root: string = process.cwd()): string[] {
  const dir = resolve(root, contentRoot, STORIES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The `draft` flag of story.yaml's text, read leniently: a file the validator will reject counts as published, so its problems are reported. */
export function isDraft(slug: string, storyYaml: string | null): boolean {
  const parsed = storyYaml === null ? undefined : parseYaml(storyYaml);
  const entry = parsed?.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>)[slug] : undefined;
  return entry && typeof entry === 'object' ? (entry as { draft?: unknown }).draft === true : false;
}

/** Each story folder with its `draft` flag (see isDraft). */
export function readStoryFlags(contentRoot: string, root: string = process.cwd()): StoryFlags[] {
  return listStories(contentRoot, root).map((slug) => {
    const path = resolve(root, storyDir(contentRoot, slug), STORY_FILE);
    return { slug, draft: isDraft(slug, existsSync(path) ? readFileSync(path, 'utf8') : null) };
  });
}

/** The stories this build holds (see src/lib/stories/plan.ts), from the content root and the environment. */
export function readBuildPlan(contentRoot: string, env: Record<string, string | undefined>, root: string = process.cwd()): BuildPlan {
  const storiesDir = displayPath(root, resolve(root, contentRoot, STORIES_DIR));
  return planBuild(readStoryFlags(contentRoot, root), buildEnv(env), storiesDir);
}

/** A folder as the editor knows it (relative to the project root when inside it), with a trailing slash. */
export const displayDir = (dir: string, root: string = process.cwd()): string => `${displayPath(root, resolve(root, dir))}/`;

/** A file of the content root (site.yaml) or of a story folder, as text, for the validator. */
export function readRawFile(dir: string, path: string, root: string = process.cwd()): RawFile {
  const absolute = resolve(root, dir, path);
  return { path: displayPath(root, absolute), text: existsSync(absolute) ? readFileSync(absolute, 'utf8') : null };
}

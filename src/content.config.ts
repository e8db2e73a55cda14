import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, OPTIONAL_DATA_FILES, SECTIONS_DIR, SITE_FILE, STORIES_DIR, STORY_FILE, contentDir, contentPath, storyDir, type DataFileKey } from './lib/data/content-paths';
import { readBuildPlan } from './lib/data/read-content';
import { DATA_SCHEMAS } from './lib/data/schemas';
import { parseYaml } from './lib/data/yaml';
import { storyEntryId } from './lib/stories/entry-id';
import { sectionSchema } from './schemas/section';
import { siteSchema } from './schemas/site';
import { storySchema } from './schemas/story';

// Every collection holds the entries of every story this build holds (src/lib/stories/plan.ts:
// one story with STORY=<slug>, else every published one, drafts too with DRAFTS=1 or in dev).
// An entry's store id is "<slug>/<id>", so two stories may use the same ids; the entry's data keeps
// its own `id`, and src/data/* picks one story's entries by that prefix.
// EXPLAINER_CONTENT_DIR points all of it at another content root (tests build fixture roots with it);
// the build-time validator (src/integrations/validate-data.ts) reads the same folders.
const dir = contentDir();
const slugs = () => readBuildPlan(dir, process.env).slugs;

/** Parses one YAML file; the validator has already named any problem, so this only throws. */
function readYaml(path: string): unknown {
  const result = parseYaml(readFileSync(resolve(path), 'utf8'));
  if (!result.ok) throw new Error(`${path} ${result.message}`);
  return result.value;
}

/**
 * A loader over one file per story (or the site file): `entries(slug)` lists a story's raw entries
 * with their own ids. In dev, a change to any file of the content root reloads it.
 */
function storiesLoader(name: string, files: () => { path: string; entries: () => [string, Record<string, unknown>][] }[]): Loader {
  const sync = async ({ store, parseData, generateDigest, config }: LoaderContext) => {
    store.clear();
    for (const file of files()) {
      // The store wants a path relative to the project (a fixture root may lie outside it).
      const filePath = relative(fileURLToPath(config.root), resolve(file.path)).split('\\').join('/');
      // A file that is not valid YAML is left out the same way (the validator names its line).
      let entries: [string, Record<string, unknown>][];
      try {
        entries = file.entries();
      } catch {
        continue;
      }
      for (const [id, raw] of entries) {
        // One bad entry must not empty the whole collection (every page would then fail somewhere
        // unrelated): it is left out here, and the validator names its file, line and field, failing
        // the build and showing the dev overlay (src/integrations/validate-data.ts).
        const data = await parseData({ id, data: raw, filePath }).catch(() => undefined);
        if (data !== undefined) store.set({ id, data, digest: generateDigest(data), filePath });
      }
    }
  };
  return {
    name,
    load: async (context) => {
      await sync(context);
      context.watcher?.add(resolve(dir));
      context.watcher?.on('change', (changed) => {
        if (changed.startsWith(resolve(dir)) && !changed.includes('/.schemas/')) void sync(context);
      });
    },
  };
}

/** One MDX file per article section; the frontmatter `id` (not the file name) is the permanent id. */
const sections = defineCollection({
  loader: {
    name: 'story-sections',
    load: (context) =>
      glob({
        pattern: slugs().map((slug) => `${slug}/${SECTIONS_DIR}/*.mdx`),
        base: contentPath(dir, STORIES_DIR),
        generateId: ({ data, entry }) => {
          if (typeof data.id !== 'string') throw new Error(`${contentPath(dir, STORIES_DIR)}/${entry}: frontmatter "id" is missing`);
          return storyEntryId(entry.split('/')[0]!, data.id);
        },
      }).load(context),
  },
  schema: sectionSchema,
});

/** Each story's metadata (story.yaml, keyed by the story's slug): the store id is the slug. */
const story = defineCollection({
  loader: storiesLoader('story-metadata', () =>
    slugs().map((slug) => {
      const path = contentPath(storyDir(dir, slug), STORY_FILE);
      return { path, entries: () => [[slug, (readYaml(path) as Record<string, Record<string, unknown>>)[slug]!]] };
    }),
  ),
  schema: storySchema,
});

/** What every story shares (site.yaml): one entry, "site". */
const site = defineCollection({
  loader: storiesLoader('site', () => {
    const path = contentPath(dir, SITE_FILE);
    return [{ path, entries: () => [['site', readYaml(path) as Record<string, unknown>]] }];
  }),
  schema: siteSchema,
});

/** A YAML data file of every story (data/*.yaml), read with the same parser and schema the validator uses. */
const dataCollection = <S extends z.ZodType>(key: DataFileKey, schema: S) =>
  defineCollection({
    loader: storiesLoader(`story-${key}`, () =>
      slugs().map((slug) => {
        const path = contentPath(storyDir(dir, slug), DATA_FILES[key]);
        // An optional file the story leaves out is an empty list.
        const missing = OPTIONAL_DATA_FILES.has(key) && !existsSync(resolve(path));
        return {
          path,
          entries: () => (missing ? [] : ((readYaml(path) ?? []) as Record<string, unknown>[])).map((raw) => [storyEntryId(slug, String(raw.id)), raw]),
        };
      }),
    ),
    schema,
  });

export const collections = {
  site,
  sections,
  story,
  sources: dataCollection('sources', DATA_SCHEMAS.sources),
  positions: dataCollection('positions', DATA_SCHEMAS.positions),
  movements: dataCollection('movements', DATA_SCHEMAS.movements),
  speakers: dataCollection('speakers', DATA_SCHEMAS.speakers),
  statements: dataCollection('statements', DATA_SCHEMAS.statements),
  timeline: dataCollection('timeline', DATA_SCHEMAS.timeline),
  map: dataCollection('map', DATA_SCHEMAS.map),
  corrections: dataCollection('corrections', DATA_SCHEMAS.corrections),
  known: dataCollection('known', DATA_SCHEMAS.known),
};

import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { DATA_FILES, OPTIONAL_DATA_FILES, SECTIONS_DIR, STORY_FILE, contentDir, contentPath, type DataFileKey } from './lib/data/content-paths';
import { DATA_SCHEMAS } from './lib/data/schemas';
import { yamlLoaderParser } from './lib/data/yaml';
import { sectionSchema } from './schemas/section';
import { storySchema } from './schemas/story';

// EXPLAINER_CONTENT_DIR lets tests build a fixture story; the build-time validator reads the same folder.
const dir = contentDir();

/** One MDX file per article section; the frontmatter `id` (not the file name) is the permanent id. */
const sections = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: contentPath(dir, SECTIONS_DIR),
    generateId: ({ data, entry }) => {
      if (typeof data.id !== 'string') throw new Error(`${contentPath(dir, SECTIONS_DIR)}/${entry}: frontmatter "id" is missing`);
      return data.id;
    },
  }),
  schema: sectionSchema,
});

const story = defineCollection({
  loader: file(contentPath(dir, STORY_FILE)),
  schema: storySchema,
});

/** A YAML data file (content/data/*.yaml) read with the same parser and schema the validator uses. */
const dataCollection = <S extends z.ZodType>(key: DataFileKey, schema: S) => {
  const path = contentPath(dir, DATA_FILES[key]);
  // An optional file the story leaves out is an empty collection (file() would log an error).
  const loader = OPTIONAL_DATA_FILES.has(key) && !existsSync(path) ? async () => [] : file(path, { parser: yamlLoaderParser });
  return defineCollection({ loader, schema });
};

export const collections = {
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

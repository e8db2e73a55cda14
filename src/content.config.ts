import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { sectionSchema } from './schemas/section';
import { storySchema } from './schemas/story';

/** One MDX file per article section; the frontmatter `id` (not the file name) is the permanent id. */
const sections = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: './content/story/sections',
    generateId: ({ data, entry }) => {
      if (typeof data.id !== 'string') throw new Error(`content/story/sections/${entry}: frontmatter "id" is missing`);
      return data.id;
    },
  }),
  schema: sectionSchema,
});

const story = defineCollection({
  loader: file('./content/story/story.yaml'),
  schema: storySchema,
});

export const collections = { sections, story };

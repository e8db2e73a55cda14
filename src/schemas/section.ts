import { z } from 'astro/zod';

/** A kebab-case id that is safe in a URL path and an HTML id. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** Paths the site already uses at its top level; a section id may not take one of them. */
export const RESERVED_SECTION_IDS = ['data', 'embed', 'share', 'story', 'statement', '404', '_astro'] as const;

/**
 * Frontmatter of one article section (`content/story/sections/NN-name.mdx`).
 * The body below the frontmatter is the article's own text, word for word.
 */
export const sectionSchema = z
  .object({
    /**
     * Permanent id: the section's URL (`/ID/`) and anchor (`/#ID`). Never change it once published,
     * or shared links break; reword `heading` instead.
     */
    id: kebabId.refine((id) => !(RESERVED_SECTION_IDS as readonly string[]).includes(id), {
      message: `is reserved for another page (${RESERVED_SECTION_IDS.join(', ')})`,
    }),
    /** Position in the story, 1 for the first section. Each section needs a different number. */
    order: z.number().int().positive(),
    /** Our editorial heading for the section (not the article's words). Keep it short. */
    heading: z.string().min(3).max(80),
    /**
     * Our one-sentence summary: shown under the heading, used as the page's meta description and
     * on its share image. Aim for under 160 characters.
     */
    summary: z.string().min(20).max(200),
  })
  .strict();

export type SectionData = z.infer<typeof sectionSchema>;

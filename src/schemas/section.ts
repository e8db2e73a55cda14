import { z } from 'astro/zod';

/** A kebab-case id that is safe in a URL path and an HTML id. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** Paths the site already uses at its top level; a section id may not take one of them. */
export const RESERVED_SECTION_IDS = ['data', 'embed', 'map', 'positions', 'share', 'story', 'statement', '404', '_astro'] as const;

/** A latitude/longitude pair in decimal degrees: [lat, lng]. */
const latLng = z.tuple([z.number().min(-85).max(85), z.number().min(-180).max(180)]);

/**
 * What the map shows while the reader is in this section (and on the section's own page).
 * An editorial choice: frame the places the section's text is about.
 */
export const sectionMapSchema = z
  .object({
    /**
     * The area to show: [[south, west], [north, east]] in decimal degrees, e.g. [[43.5, 7], [55, 30]]
     * for Germany to Romania. Keep it inside the story map's bounds (content/stories/<slug>/data/map.yaml).
     */
    bounds: z
      .tuple([latLng, latLng])
      .refine(([[s, w], [n, e]]) => s < n && w < e, { error: 'must be [[south, west], [north, east]], with south < north and west < east' }),
    /** Ids of positions (content/stories/<slug>/data/positions.yaml) to emphasise and label in this view; the others are dimmed. Empty: none stands out. */
    highlight: z.array(kebabId).default([]),
    /** A few words naming the view, used in the map caption and its text alternative, e.g. "US forces heading east". */
    caption: z.string().min(3).max(80),
  })
  .strict();

/**
 * Frontmatter of one article section (`content/stories/<slug>/story/sections/NN-name.mdx`).
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
    /** The map's view for this section. Leave out to show the whole map with nothing highlighted. */
    map: sectionMapSchema.optional(),
  })
  .strict();

export type SectionMap = z.infer<typeof sectionMapSchema>;

import { z } from 'astro/zod';

/**
 * What every story of the site shares (`content/site.yaml`). The index of stories (the home page of a
 * build holding every story) takes its title and description from here.
 */
export const siteSchema = z
  .object({
    /** The site's name: the index page's heading and title, e.g. "Explainers". */
    name: z.string().min(3).max(60),
    /** One sentence about the site, under the index page's heading and in its share tags. */
    description: z.string().min(10).max(200),
  })
  .strict();

export type SiteData = z.infer<typeof siteSchema>;

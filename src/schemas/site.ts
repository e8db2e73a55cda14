import { z } from 'astro/zod';
import { feedbackAddress } from './fields';

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
    /**
     * Who publishes the explainers (og:site_name, the JSON-LD publisher), e.g. the newsroom's name. A
     * story may name another in its story.yaml (`explainer.publisher`). Leave out to use `name`.
     */
    publisher: z.string().trim().min(2).optional(),
    /** Where readers send corrections (an email address or an https:// page); a story may set its own. Leave out for no link. */
    feedback: feedbackAddress.optional(),
  })
  .strict();

export type SiteData = z.infer<typeof siteSchema>;

import { z } from 'astro/zod';
import { isoDate } from './fields';


/** The story's metadata (`content/stories/<slug>/story/story.yaml`, keyed by the slug), shown in the header and used in every page's tags. */
export const storySchema = z
  .object({
    /** The article's headline as published. */
    headline: z.string().min(10),
    /** Our standfirst under the headline. Written by the explainer, not the original outlet. */
    dek: z.string().min(10),
    /** Short name used in page titles and the share images, e.g. "Macron in Moscow". */
    shortTitle: z.string().min(3).max(40),
    /** The original publication date, YYYY-MM-DD. */
    published: isoDate,
    /** The original outlet, and how sure we are of it. */
    outlet: z
      .object({
        name: z.string(),
        /** `confirmed`, or `likely` when the outlet is inferred (then `note` says why). */
        certainty: z.enum(['confirmed', 'likely']),
        note: z.string().optional(),
      })
      .strict(),
    /** The byline, only when it is known. Never guess one. */
    author: z.string().optional(),
    /** The original article's URL, only when it is known. Never guess one. */
    url: z.url().optional(),
    /** Where the text we reproduce came from. */
    textSource: z.string(),
    /** The visible note that headings, summaries and context are the explainer's own. */
    editorialNote: z.string(),
    /**
     * `true` while the story is being prepared: it builds in `npm start` and in a preview build
     * (`DRAFTS=1 npm run build`) with a "Draft, not published" banner and noindex, and a production
     * build leaves it out. Remove the line (or set `false`) to publish.
     */
    draft: z.boolean().default(false),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;

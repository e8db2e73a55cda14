import { z } from 'astro/zod';
import { isoDate, webUrl } from './fields';


/** The story's metadata (`content/story/story.yaml`), shown in the header and used in every page's tags. */
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
    /** The original article's byline, only when it is known. Never guess one. */
    author: z.string().optional(),
    /** The original article's URL, only when it is known. Never guess one. */
    url: z.url().optional(),
    /** Where the text we reproduce came from. */
    textSource: z.string(),
    /** The visible note that headings, summaries and context are the explainer's own. */
    editorialNote: z.string(),
    /**
     * Who made and publishes this explainer: the JSON-LD `author` and `publisher` of our pages, and
     * og:site_name. Never the original outlet, which did not publish the explainer.
     */
    explainer: z
      .object({
        /** The explainer's byline, e.g. a desk or team name. */
        author: z.string().trim().min(2),
        /** The site or newsroom that publishes it (og:site_name). */
        publisher: z.string().trim().min(2),
        /**
         * Where readers send corrections and comments: an email address or an https:// page. Optional:
         * the "Send a correction" links appear only when it is set, so no placeholder ever reaches readers.
         */
        feedback: z.union([z.email({ error: 'must be an email address or an https:// address' }), webUrl]).optional(),
      })
      .strict(),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;

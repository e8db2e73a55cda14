import { z } from 'astro/zod';
import { kebabId } from './section';
import { partialIsoDate, text, webUrl } from './fields';

/**
 * One published source (`content/stories/<slug>/data/sources.yaml`): a news story, transcript, press release or
 * reference page that a position, statement or timeline entry relies on. Only sources that something
 * cites belong here.
 */
export const sourceSchema = z
  .object({
    /** Permanent id, cited from the other files. We keep the facts brief's register number, lower-cased: "s42", "s12a". */
    id: kebabId,
    /** Who published it, as you would credit it: "Reuters", "CNN", "U.S. Department of Defense". */
    outlet: text,
    /** The headline or page title. In (brackets) when the real headline was not recorded and this describes it. */
    title: text,
    /** Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. Leave out for undated reference pages. */
    date: partialIsoDate.optional(),
    /** The date as the brief gives it when it is a range or vaguer than `date`, e.g. "2022-01-19/20", "late Jan 2022". */
    dateNote: text.optional(),
    /**
     * The outlet's own address for this story. Only when the brief gives the original; never guess one.
     * A copy on another site goes in `copyUrls`.
     */
    url: webUrl.optional(),
    /**
     * Syndicated copies or mirrors of the story on other sites, kept as provenance. Readers are shown the
     * outlet, title and date; these are never presented as the outlet's own link.
     */
    copyUrls: z.array(webUrl).min(1, 'leave the field out instead of an empty list').optional(),
    /** What this source is used for, or what to be careful about (a wrong date in its metadata, a low-quality mirror…). */
    note: text.optional(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;

import { z } from 'astro/zod';
import { kebabId } from './section';
import { partialIsoDate, refId, sourceIds, text } from './fields';

/**
 * One attributed statement in the article (`content/stories/<slug>/data/statements.yaml`): who said what, where
 * the article says it, and how we know.
 */
export const statementSchema = z
  .object({
    /**
     * Permanent kebab-case id, e.g. "peskov-no-breakthrough". It becomes the public HTML id
     * "statement-ID" that links point to: never change a published one.
     */
    id: kebabId,
    /** Id of the speaker (speakers.yaml). */
    speaker: refId,
    /**
     * `quote`: words the article puts inside quotation marks. `paraphrase`: a claim the article
     * attributes to the speaker without quotation marks.
     */
    kind: z.enum(['quote', 'paraphrase']),
    /**
     * Exactly the article's characters, curly quotes and apostrophes included (’ “ ”). For a quote:
     * the words inside the quotation marks, without the comma or full stop the article puts before
     * the closing mark. For a paraphrase: the article's words that carry the claim. The build checks
     * this text appears word for word in the section.
     */
    text,
    /** The article's whole sentence around the words, exactly as printed, when `text` alone reads too short. Checked like `text`. */
    context: text.optional(),
    /**
     * Our one line giving the article's sense, in our words, when `text` alone is a fragment that
     * could mislead (e.g. a negated phrase). Shown on the statement's card, marked as ours.
     */
    sense: text.optional(),
    /** Id of the article section the words appear in (the `id` in the section's frontmatter). */
    section: refId,
    /** When it was said or issued: YYYY-MM-DD (or YYYY-MM / YYYY). Leave out when it has no single date, and explain in `dateNote`. */
    date: partialIsoDate.optional(),
    /** More about the date, e.g. "a standing position, repeated around 7 Feb 2022". */
    dateNote: text.optional(),
    /** Who reported it or where it was said: "The Associated Press", "Fox News Sunday", "a White House readout". */
    via: text,
    /** Ids of the sources (sources.yaml); at least one. The article itself is "s01". */
    sources: sourceIds,
    /**
     * Where the brief and the article differ, or what a reader should know: a translation from
     * Russian, a written statement of an earlier date, a figure the source gives differently.
     * The article's text stays as printed; the note carries the correction.
     */
    note: text.optional(),
  })
  .strict();

export type Statement = z.infer<typeof statementSchema>;

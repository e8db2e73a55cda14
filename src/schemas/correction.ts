import { z } from 'astro/zod';
import { kebabId } from './section';
import { isoDate, refId, text } from './fields';

/** The ids of the entries a correction touches, by the file they are in. */
const touchesSchema = z
  .object({
    /** Section ids (the frontmatter `id`): a heading, summary or map caption that changed. */
    sections: z.array(refId).optional(),
    /** Position ids (positions.yaml). */
    positions: z.array(refId).optional(),
    /** Movement ids (movements.yaml). */
    movements: z.array(refId).optional(),
    /** Statement ids (statements.yaml). */
    statements: z.array(refId).optional(),
    /** Timeline entry ids (timeline.yaml). */
    timeline: z.array(refId).optional(),
  })
  .strict()
  .refine((t) => Object.values(t).some((ids) => ids && ids.length > 0), {
    error: 'must name at least one id (sections, positions, movements, statements or timeline)',
  });

/**
 * One published correction or update (`content/stories/<slug>/data/corrections.yaml`), as newsrooms log them: when,
 * what we got wrong, what it says now, and the entries it touches. It drives the "Corrections and
 * updates" section, the note on each touched item, the story's "Updated" date and its JSON-LD.
 * A change of a fact, label, attribution, confidence or date gets an entry; a rewording of our own
 * that changes no fact does not. Never remove a published entry.
 */
export const correctionSchema = z
  .object({
    /** Permanent kebab-case id, e.g. "crimea-side-name"; it becomes the HTML id "correction-ID". */
    id: kebabId,
    /** The day the correction was published, YYYY-MM-DD. */
    date: isoDate,
    /** What an earlier version said that was wrong, in plain words: "An earlier version said …". */
    wrong: text,
    /** What it says now: "It now says …". */
    now: text,
    /** The entries it touches, by file. */
    touches: touchesSchema,
  })
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionTouches = Correction['touches'];

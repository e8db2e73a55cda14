import { z } from 'astro/zod';
import { kebabId } from './section';
import { confidence, partialIsoDate, refId, sourceIds, text } from './fields';

/**
 * The three lists of the "What we know, and what we don't" box. The map's points sort themselves
 * into the first two from positions.yaml; this file adds what the points cannot say:
 * - `agreed`: a figure the sources agree on ("What the sources agree on"). Needs `confidence: high`.
 * - `reported`: a figure or claim where sources differ, or that nobody confirmed ("Reported, not
 *   confirmed"). Dated on or before the map's date.
 * - `later`: what readers may remember but was not known on the map's date ("Came later"). Dated
 *   after the map's date.
 */
export const knownList = z.enum(['agreed', 'reported', 'later']);

/** Where in the story a reader can follow the entry up: exactly one of a position, a statement or a section. */
const aboutSchema = z
  .object({
    /** A position id (positions.yaml): the link goes to the point on the map, in the positions table. */
    position: refId.optional(),
    /** A statement id (statements.yaml): the link goes to the statement in "Who said what". */
    statement: refId.optional(),
    /** A section id (the frontmatter `id`): the link goes to that section of the story. */
    section: refId.optional(),
  })
  .strict()
  .refine((a) => [a.position, a.statement, a.section].filter((v) => v !== undefined).length === 1, {
    error: 'give exactly one of position, statement or section, e.g. about: { section: SECTION-ID }',
  });

/**
 * One entry of the "What we know, and what we don't" box (`content/data/known.yaml`): a total, a
 * claim or a later development, who gave it, when, and the sources. Written in our words, from the
 * facts brief only; a figure keeps its source's wording.
 */
export const knownEntrySchema = z
  .object({
    /** Permanent kebab-case id, e.g. "us-officials-110000". */
    id: kebabId,
    /** Which list of the box it goes in: agreed, reported or later (see above). */
    list: knownList,
    /** The figure or the claim, in the source's words where it has them: "about 110,000 troops assembled". */
    what: text,
    /** Who gives it, and how: "US officials briefing Congress and allies (AFP’s summary)". */
    who: text,
    /** When they gave it (or, for `later`, when it was first reported): YYYY-MM-DD, or YYYY-MM / YYYY. */
    date: partialIsoDate,
    /** How to show the date when `date` alone says too little or too much, e.g. "5–6 Feb 2022", "late 2022". */
    dateNote: text.optional(),
    /** How sure the sources are (the brief's high, medium, low). Required, and `high`, in the `agreed` list. */
    confidence: confidence.optional(),
    /** Ids of the sources (sources.yaml); at least one. */
    sources: sourceIds,
    /** Where the story deals with it, for the entry's link. */
    about: aboutSchema,
    /** One short line a reader should know: what the figure is not, or what the sources could not confirm. */
    note: text.optional(),
  })
  .strict()
  .refine((e) => e.list !== 'agreed' || e.confidence === 'high', {
    error: (iss) => {
      const level = (iss.input as { confidence?: unknown } | undefined)?.confidence;
      return `${level === undefined ? 'is missing' : `is ${JSON.stringify(level)}`}: an entry in the "agreed" list (What the sources agree on) needs high confidence; put it in list: reported instead`;
    },
    path: ['confidence'],
  });

export type KnownEntry = z.infer<typeof knownEntrySchema>;
export type KnownList = z.infer<typeof knownList>;
export type KnownAbout = KnownEntry['about'];

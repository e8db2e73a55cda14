import { z } from 'astro/zod';
import { kebabId } from './section';
import { confidence, partialIsoDate, refId, sourceIds, text } from './fields';

/** One of the article's relative dates ("on Sunday", "last week") resolved to the calendar (`content/stories/<slug>/data/timeline.yaml`). */
export const timelineEntrySchema = z
  .object({
    /** Permanent kebab-case id, e.g. "sullivan-on-fox". */
    id: kebabId,
    /** What happened, in our words (shown on the timeline). */
    event: text,
    /** The article's own words for the time, exactly as printed, e.g. "last week". Checked against the section. */
    phrase: text,
    /** Id of the section the phrase is in. */
    section: refId,
    /** The resolved date, YYYY-MM-DD; YYYY-MM when only the month is known. For a span, its first day. */
    date: partialIsoDate,
    /** Last day of a span ("over the weekend": 2022-02-06). Leave out for a single day. */
    endDate: partialIsoDate.optional(),
    /** false when the phrase cannot be pinned to a date; `dateLabel` then says what is known. */
    resolved: z.boolean(),
    /** How to show the date when it is not one exact day, e.g. "late January 2024". */
    dateLabel: text.optional(),
    /** high, medium or low, as in the brief. */
    confidence,
    /** Ids of the sources (sources.yaml); at least one. */
    sources: sourceIds,
    /** Evidence, candidates or caveats worth showing. */
    note: text.optional(),
  })
  .strict()
  .refine((e) => e.endDate === undefined || e.endDate > e.date, {
    error: 'must be after date (leave endDate out for a single day)',
    path: ['endDate'],
  })
  .refine((e) => e.resolved || e.dateLabel !== undefined, {
    error: 'an unresolved date needs a dateLabel saying what is known, e.g. "late January 2024"',
    path: ['dateLabel'],
  });

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

// Sources as they travel with each exported row: the full citation, not just the id.
import type { Source } from '../../schemas/source';
import { formatShortDate } from './dates';

/** Looks sources up by id. */
export const sourceIndex = (sources: Source[]): Map<string, Source> => new Map(sources.map((s) => [s.id, s]));

/** The cited sources in the order cited. The build has already checked every id exists. */
export function citeSources(ids: string[], index: Map<string, Source>): Source[] {
  return ids.map((id) => {
    const source = index.get(id);
    if (!source) throw new Error(`unknown source "${id}"`);
    return source;
  });
}

/** One line per source for flat formats: "CNN: New satellite images … (2022-02-06)". */
export const citationLine = (s: Source): string => `${s.outlet}: ${s.title}${s.date ? ` (${s.date})` : ''}`;

// One rule for a source's date, wherever a reader sees it (the sidebar, the map panel, the positions
// table): three builders used to disagree, so s13 read "27 Jan 2022" in one place and
// "2022-01-27/28 across the outlets" in another.
const ISO_IN_NOTE = /\b(\d{4})-(\d{2})-(\d{2})(?:\/(\d{2})\b)?/g;

/**
 * How a source's date reads: the short date, with the note when it adds something.
 * - ISO days inside the note read like the rest of the page: "2022-01-27/28 across the outlets" →
 *   "27/28 Jan 2022 across the outlets"; "2022-02-06 (Feb 2022 issue)" → "6 Feb 2022 (Feb 2022 issue)".
 * - A note that already gives the date (as written or as shown) stands alone: "Dec 2021",
 *   "late Jan 2022; we could not find the exact date", "27/28 Jan 2022 across the outlets".
 * - Otherwise "27 Jan 2022 (evening)", or "27 Jan 2022; note" when the note has brackets of its
 *   own, so that parentheses never nest.
 * Undefined when the source has neither a date nor a note.
 */
export function sourceDateText(source: Pick<Source, 'date' | 'dateNote'>): string | undefined {
  const { date, dateNote } = source;
  if (!dateNote) return date ? formatShortDate(date) : undefined;
  let givesDate = false;
  const note = dateNote.replace(ISO_IN_NOTE, (iso, year: string, month: string, day: string, lastDay?: string) => {
    const first = `${year}-${month}-${day}`;
    if (first === date) givesDate = true;
    const shown = formatShortDate(first);
    return lastDay ? shown.replace(/^\d+/, `${Number(day)}/${Number(lastDay)}`) : shown;
  });
  if (!date) return note;
  const shown = formatShortDate(date);
  if (givesDate || note.includes(shown)) return note;
  return /[()]/.test(note) ? `${shown}; ${note}` : `${shown} (${note})`;
}

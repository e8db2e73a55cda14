// The timeline in calendar order, how each date reads, and the /data/timeline.json export.
import type { Source } from '../../schemas/source';
import type { TimelineEntry } from '../../schemas/timeline';
import { formatLongDate } from '../dates';
import { citeSources } from './citations';
import { firstDay } from './dates';

/** Earliest first; a vaguer date ("2022-01") sorts as its first day; then the longer span first; then by id. */
export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  const end = (e: TimelineEntry) => firstDay(e.endDate ?? e.date);
  return [...entries].sort(
    (a, b) => firstDay(a.date).localeCompare(firstDay(b.date)) || end(b).localeCompare(end(a)) || a.id.localeCompare(b.id),
  );
}

/** "Monday 7 February 2022"; a span "Saturday 5 February 2022 – Sunday 6 February 2022"; else the dateLabel. */
export function timelineDateLabel(entry: TimelineEntry): string {
  if (!entry.resolved || entry.date.length !== 10) return entry.dateLabel ?? entry.date;
  const start = formatLongDate(entry.date);
  return entry.endDate && entry.endDate !== entry.date ? `${start} – ${formatLongDate(entry.endDate)}` : start;
}

export type ExportedTimelineEntry = Omit<TimelineEntry, 'sources'> & { sources: Source[] };

/** The timeline in calendar order with full citations. */
export function timelineExport(entries: TimelineEntry[], sources: Map<string, Source>): ExportedTimelineEntry[] {
  return sortTimeline(entries).map((e) => ({ ...e, sources: citeSources(e.sources, sources) }));
}

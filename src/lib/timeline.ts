// The timeline in calendar order and how each date reads. Its /data/timeline.json export is in
// src/lib/exports/timeline-export.ts.
import type { TimelineEntry } from '../schemas/timeline';
import { firstDay, formatLongDate } from './format/dates';

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

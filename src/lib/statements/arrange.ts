// How the sidebar's filters and "arrange by" choice turn the statements into groups. Pure, so the
// browser script stays a thin layer that moves the server-rendered entries around.
import { firstDay, formatShortDate } from '../format/dates';

/** Reading order (one list), by date (a group per day), or by speaker (a group per speaker). */
export const ARRANGEMENTS = ['reading', 'date', 'speaker'] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number];

/** What the script knows about one entry (from its data-* attributes). */
export interface ArrangeItem {
  id: string;
  speaker: string;
  side: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent when there is no single date. */
  date?: string;
  /** Place in reading order. */
  reading: number;
}

/** Empty strings mean "any". */
export interface StatementFilter {
  speaker: string;
  side: string;
}

export interface StatementGroup {
  /** A heading for the group, or undefined for the single reading-order list. */
  label?: string;
  ids: string[];
}

/** The group of statements that have no single date (each entry says why, in its dateNote). */
export const NO_DATE_LABEL = 'Undated';

export const matchesFilter = (item: ArrangeItem, filter: StatementFilter): boolean =>
  (filter.speaker === '' || item.speaker === filter.speaker) && (filter.side === '' || item.side === filter.side);

const byReading = (a: ArrangeItem, b: ArrangeItem) => a.reading - b.reading;

/** Items in one group per key, groups in the order of `keys`, items in reading order inside each. */
function groupBy(items: ArrangeItem[], keyOf: (item: ArrangeItem) => string, keys: string[], labelOf: (key: string) => string): StatementGroup[] {
  return keys
    .map((key) => ({ label: labelOf(key), ids: items.filter((i) => keyOf(i) === key).sort(byReading).map((i) => i.id) }))
    .filter((group) => group.ids.length > 0);
}

/**
 * The visible statements, grouped as chosen. By date: earliest first, undated last. By speaker: in
 * the order of `speakerNames` (the order the speaker filter lists them).
 */
export function arrangeStatements(
  items: ArrangeItem[],
  filter: StatementFilter,
  arrangement: Arrangement,
  speakerNames: Map<string, string>,
): StatementGroup[] {
  const shown = items.filter((item) => matchesFilter(item, filter));
  if (shown.length === 0) return [];
  if (arrangement === 'speaker') {
    const order = [...speakerNames.keys(), ...shown.map((i) => i.speaker)];
    return groupBy(shown, (i) => i.speaker, [...new Set(order)], (key) => speakerNames.get(key) ?? key);
  }
  if (arrangement === 'date') {
    const dates = [...new Set(shown.map((i) => i.date ?? ''))].sort((a, b) =>
      a === '' ? 1 : b === '' ? -1 : firstDay(a).localeCompare(firstDay(b)) || a.length - b.length,
    );
    return groupBy(shown, (i) => i.date ?? '', dates, (key) => (key === '' ? NO_DATE_LABEL : formatShortDate(key)));
  }
  return [{ ids: [...shown].sort(byReading).map((i) => i.id) }];
}

/** "Showing all 16 statements", "Showing 3 of 16 statements", "No statement matches these filters". */
export function countLabel(shown: number, total: number): string {
  if (shown === 0) return 'No statement matches these filters';
  const noun = total === 1 ? 'statement' : 'statements';
  if (shown === total) return total === 1 ? 'Showing 1 statement' : `Showing all ${total} ${noun}`;
  return `Showing ${shown} of ${total} ${noun}`;
}

/** Filters are worth their space only when there is something to filter: more than this many statements. */
export const FILTER_MIN_EXCLUSIVE = 3;

/** True when a list of `count` statements gets the speaker, side and arrange controls. */
export const showsFilters = (count: number): boolean => count > FILTER_MIN_EXCLUSIVE;

// Dates as the story writes and shows them. Content dates are ISO calendar days, possibly partial
// (YYYY, YYYY-MM or YYYY-MM-DD); they are compared as text and shown in British English.

/** The first day a (possibly partial) ISO date covers: "2022" → "2022-01-01", "2022-02" → "2022-02-01". */
export function firstDay(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** True when the period `date` covers starts after the day `limit` (both ISO). */
export const startsAfter = (date: string, limit: string): boolean => firstDay(date) > firstDay(limit);

/** "2022-02-07" → "7 Feb 2022"; "2022-01" → "Jan 2022"; "2022" → "2022". */
export function formatShortDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const name = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

// Pure: a page script that only needs the short dates (the statements' arrangement) must not carry it.
const LONG_DATE = /* @__PURE__ */ new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2022-02-07" → "Monday 7 February 2022". Dates are calendar days, so they are read as UTC. */
export function formatLongDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // Date rolls 2022-02-30 over into March, so check the day survives the round trip.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    throw new Error(`not a valid date: "${isoDate}"`);
  }
  return LONG_DATE.format(date).replace(',', '');
}

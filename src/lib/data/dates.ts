// Comparing dates written YYYY, YYYY-MM or YYYY-MM-DD.

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

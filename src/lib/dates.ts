const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2022-02-07" → "Monday 7 February 2022". Dates are calendar days, so they are read as UTC. */
export function formatLongDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`not a valid date: "${isoDate}"`);
  return LONG_DATE.format(date).replace(',', '');
}

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
  // Date rolls 2022-02-30 over into March, so check the day survives the round trip.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) {
    throw new Error(`not a valid date: "${isoDate}"`);
  }
  return LONG_DATE.format(date).replace(',', '');
}

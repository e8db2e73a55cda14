// RFC 4180 CSV: CRLF line ends; a field holding a comma, a double quote or a line break is wrapped
// in double quotes, with its double quotes doubled.

export type CsvValue = string | number | undefined;

/** One field, quoted only when it must be. `undefined` is an empty field. */
export function csvField(value: CsvValue): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV document, ending with CRLF. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

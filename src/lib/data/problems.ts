// A problem found in the story data, and how it is worded for the editor who has to fix it.

export interface DataProblem {
  /** The file, as the editor sees it: "content/stories/<slug>/data/positions.yaml". */
  file: string;
  /** The entry's id, or "#3" (its place in the file) when it has no usable id. */
  entry?: string;
  /** The field, dotted for nested fields: "lat", "strength.min", "from.position". */
  field?: string;
  /** 1-based position inside a list field ("sources", item 2). */
  item?: number;
  /** Plain words: what is wrong and, where it helps, what to do. */
  message: string;
  /** 1-based line of the entry or field in the file, when known (src/lib/data/locate.ts fills it in). */
  line?: number;
  /** 1-based column on that line. */
  column?: number;
  /** Text of the file the problem is about (an MDX tag), for finding its line. */
  snippet?: string;
}

/** Labels an entry by its id, or by its place in the file when the id is missing or not text. */
export function entryLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `"${id}"` : `#${index + 1}`;
}

/** `content/stories/<slug>/data/positions.yaml:12: entry "ru-yelnya", field "lat": 154.6 is not a latitude (…)` */
export function formatProblem(p: DataProblem): string {
  const where = [
    p.entry === undefined ? undefined : `entry ${p.entry}`,
    p.field === undefined ? undefined : `field "${p.field}"${p.item === undefined ? '' : ` (item ${p.item})`}`,
  ].filter(Boolean);
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${where.length ? `${where.join(', ')}: ` : ''}${p.message}`;
}

/** The error the build fails with: every problem, one per line. */
export function problemsReport(problems: DataProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`The story data has ${count}. Fix these and build again:`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

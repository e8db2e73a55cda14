// The story data's problems as the error the dev server's browser overlay shows: the first
// problem's file and line as its location (so "Open in editor" opens the data file, never code),
// every problem listed in its message.
import { isAbsolute, relative, resolve } from 'node:path';
import { formatProblem, type DataProblem } from './problems';

/** The fields of Vite's error payload (`{ type: 'error', err }`) that Astro's overlay reads. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  /** Absolute file, 1-based line and column: the overlay's code view and its "Open in editor". */
  loc?: { file: string; line?: number; column?: number };
  /** Shown under "Stack trace"; here, the problems in plain text, ready to copy. */
  stack: string;
}

/** The overlay error for `problems` (at least one); paths are resolved against the project `root`. */
export function overlayError(problems: DataProblem[], root: string): OverlayError {
  const first = problems[0]!;
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  const lines = problems.map((p) => `- ${formatProblem(p)}`);
  const absolute = isAbsolute(first.file) ? first.file : resolve(root, first.file);
  // Astro joins any path outside the project onto the project's root; a relative path climbing out
  // of the root survives that join (a content folder elsewhere, as the dev tests use).
  const rel = relative(root, absolute);
  const file = rel.startsWith('..') ? rel : absolute;
  return {
    name: 'StoryDataError',
    title: `The story data has ${count}`,
    message: [formatProblem(first), ...(problems.length > 1 ? ['', `All ${problems.length}:`, '', ...lines] : [])].join('\n'),
    hint: 'Fix the file named above and save: this page reloads by itself. The same list is printed in the terminal, and `npm run build` refuses to build until it is empty.',
    // A folder (a bad story folder name) has no line to open; the overlay then shows no code.
    loc: first.file.endsWith('/') ? undefined : { file, line: first.line, column: first.column },
    stack: problems.map(formatProblem).join('\n'),
  };
}

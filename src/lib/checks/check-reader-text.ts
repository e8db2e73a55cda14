// What readers see of the text we write in the data files: typographic quotes only, and never an
// internal id ("by-baranovichi-ab", "s85") where a label belongs. The article's own words (a
// statement's `text` and `context`, a timeline `phrase`, a speaker's `cues`) are verbatim and are
// not ours to retype, so they are left out; so are the fields that hold ids on purpose.
import type { LoadedContent, LoadedFile } from './loaded';
import type { DataProblem } from './problems';

type ReaderFiles = Pick<LoadedContent, 'sources' | 'positions' | 'movements' | 'speakers' | 'statements' | 'timeline' | 'corrections'>;

/** The fields of each file that reach readers (pages, alt texts, share text, downloads), dotted when nested. */
export const READER_FIELDS: { [K in keyof ReaderFiles]: string[] } = {
  sources: ['outlet', 'title', 'dateNote', 'note'],
  positions: ['label', 'what', 'marks', 'strength.text', 'asOfNote', 'confidenceNote', 'note'],
  movements: ['label', 'what', 'from.label', 'to.label', 'strength', 'asOfNote', 'confidenceNote', 'note'],
  speakers: ['name', 'role', 'affiliation', 'note'],
  statements: ['sense', 'dateNote', 'via', 'note'],
  timeline: ['event', 'dateLabel', 'note'],
  corrections: ['wrong', 'now'],
};

const STRAIGHT_QUOTE = /["']/;

/** An id is worth looking for only when it cannot be an ordinary word: it has a hyphen or a digit. */
const looksLikeId = (id: string) => /[-\d]/.test(id);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ids from `ids` that `text` contains as whole tokens (not inside a longer id or word). */
export function idsIn(text: string, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`).test(text));
}

function valueAt(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
}

/** Straight quotes and ids in the reader-facing fields of every data file. */
export function readerTextProblems(c: ReaderFiles): DataProblem[] {
  const ids = new Set(
    [c.positions, c.movements, c.statements, c.sources, c.timeline, c.speakers, c.corrections].flatMap((f) => [...f.ids]).filter(looksLikeId),
  );
  const problems: DataProblem[] = [];
  const check = <T>(file: LoadedFile<T>, fields: string[]) => {
    for (const { entry, data } of file.entries) {
      for (const field of fields) {
        const value = valueAt(data, field);
        if (typeof value !== 'string') continue;
        const quote = STRAIGHT_QUOTE.exec(value);
        if (quote) {
          problems.push({
            file: file.file,
            entry,
            field,
            message: `has a straight ${quote[0] === '"' ? 'double quote (")' : "quote or apostrophe (')"} in “${value.slice(Math.max(0, quote.index - 20), quote.index + 20)}”: use typographic ones (“ ” ‘ ’)`,
          });
        }
        const found = idsIn(value, ids);
        if (found.length > 0) {
          problems.push({
            file: file.file,
            entry,
            field,
            message: `shows readers the id ${found.map((id) => `“${id}”`).join(', ')}: name the place, movement, statement or source in words (its label) instead`,
          });
        }
      }
    }
  };
  for (const key of Object.keys(READER_FIELDS) as (keyof ReaderFiles)[]) check(c[key] as LoadedFile<unknown>, READER_FIELDS[key]);
  return problems;
}

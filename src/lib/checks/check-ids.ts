// Ids must be unique within a file: they are cited from other files and become public HTML ids.
import type { DataProblem } from './problems';

/** One problem per repeated id, naming every place it is used. */
export function duplicateIdProblems(file: string, ids: (string | undefined)[]): DataProblem[] {
  const places = new Map<string, number[]>();
  ids.forEach((id, index) => {
    if (id !== undefined) places.set(id, [...(places.get(id) ?? []), index + 1]);
  });
  return [...places]
    .filter(([, at]) => at.length > 1)
    .map(([id, at]) => ({
      file,
      entry: `"${id}"`,
      field: 'id',
      message: `"${id}" is used by ${at.length} entries (#${at.join(', #')}); each id must be unique in this file`,
    }));
}

// Every id one file cites must exist in the file it points to, and every source must be cited.
import type { LoadedContent, LoadedFile } from './loaded';
import type { DataProblem } from './problems';

interface Ref {
  field: string;
  value: string | undefined;
}

/** References from `from` to ids not in `target`; none when the target file could not be read (already reported). */
function missing<T>(from: LoadedFile<T>, refs: (d: T) => Ref[], target: { ids: Set<string>; readable: boolean }, what: string): DataProblem[] {
  if (!target.readable) return [];
  return from.entries.flatMap(({ entry, data }) =>
    refs(data)
      .filter((r): r is { field: string; value: string } => r.value !== undefined && !target.ids.has(r.value))
      .map((r) => ({ file: from.file, entry, field: r.field, message: `"${r.value}" is not ${what}` })),
  );
}

const sourceRefs = (d: { sources: string[] }): Ref[] => d.sources.map((value) => ({ field: 'sources', value }));

/** Unknown speakers, sources, sections and positions, and sources nobody cites. */
export function referenceProblems(c: LoadedContent): DataProblem[] {
  const source = `a source id in ${c.sources.file}`;
  const section = `a section id (the "id" in the frontmatter of a file in ${c.sectionsDir})`;
  const position = `a position id in ${c.positions.file}`;
  const sectionIds = { ids: new Set(c.sections.keys()), readable: true };
  const problems = [
    ...missing(c.positions, (d) => [{ field: 'coordinateSource', value: d.coordinateSource }, ...sourceRefs(d)], c.sources, source),
    ...missing(c.movements, sourceRefs, c.sources, source),
    ...missing(c.movements, (d) => [{ field: 'from.position', value: d.from.position }, { field: 'to.position', value: d.to.position }], c.positions, position),
    ...missing(c.statements, (d) => [{ field: 'speaker', value: d.speaker }], c.speakers, `a speaker id in ${c.speakers.file}`),
    ...missing(c.statements, (d) => [{ field: 'section', value: d.section }], sectionIds, section),
    ...missing(c.statements, sourceRefs, c.sources, source),
    ...missing(c.timeline, (d) => [{ field: 'section', value: d.section }], sectionIds, section),
    ...missing(c.timeline, sourceRefs, c.sources, source),
  ];
  // Only judge "uncited" when every citing entry could be read, or a broken entry's sources would be reported too.
  const citing = [c.positions, c.movements, c.statements, c.timeline, c.known];
  if (!citing.every((f) => f.complete)) return problems;
  const cited = new Set([
    ...c.positions.entries.flatMap(({ data }) => [data.coordinateSource, ...data.sources]),
    ...citing.slice(1).flatMap((f) => f.entries.flatMap(({ data }) => data.sources)),
  ]);
  const uncited = c.sources.entries
    .filter(({ data }) => !cited.has(data.id))
    .map(({ entry }) => ({
      file: c.sources.file,
      entry,
      field: 'id',
      message: 'is not cited by any position, movement, statement, timeline or known.yaml entry; cite it or remove it',
    }));
  return [...problems, ...uncited];
}

// Every id a correction names must exist: a correction note that points at nothing would never
// reach the reader it is meant for.
import type { CorrectionTouches } from '../../schemas/correction';
import type { LoadedContent } from './loaded';
import type { DataProblem } from './problems';

/** Ids named in a correction's `touches` that are not in the file they belong to. */
export function correctionProblems(c: LoadedContent): DataProblem[] {
  const targets: Record<keyof CorrectionTouches, { ids: Set<string>; readable: boolean; what: string }> = {
    sections: { ids: new Set(c.sections.keys()), readable: true, what: `a section id (the "id" in the frontmatter of a file in ${c.sectionsDir})` },
    positions: { ...c.positions, what: `a position id in ${c.positions.file}` },
    movements: { ...c.movements, what: `a movement id in ${c.movements.file}` },
    statements: { ...c.statements, what: `a statement id in ${c.statements.file}` },
    timeline: { ...c.timeline, what: `a timeline id in ${c.timeline.file}` },
  };
  const problems: DataProblem[] = [];
  for (const { entry, data } of c.corrections.entries) {
    for (const key of Object.keys(targets) as (keyof CorrectionTouches)[]) {
      const target = targets[key];
      if (!target.readable) continue;
      (data.touches[key] ?? []).forEach((id, i) => {
        if (!target.ids.has(id)) {
          problems.push({ file: c.corrections.file, entry, field: `touches.${key}`, item: i + 1, message: `"${id}" is not ${target.what}` });
        }
      });
    }
  }
  return problems;
}

// The order entries are shown and exported in. Astro's collections do not keep the order of a YAML
// file, so every list is sorted by a rule derived from the data itself; the order in the file never matters.
import type { Position } from '../schemas/position';
import type { Source } from '../schemas/source';
import type { Statement } from '../schemas/statement';
import { collapseSpace } from './text/section-text';

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });

/** Positions grouped by side, in `sideOrder` (the story's vocabulary.yaml order), then by label. */
export function sortPositions(positions: Position[], sideOrder: string[]): Position[] {
  const side = (p: Position) => sideOrder.indexOf(p.side);
  return [...positions].sort((a, b) => side(a) - side(b) || byText(a.label, b.label) || byText(a.id, b.id));
}

/** Sources by id, numbers read as numbers: s01, s02 … s12a, s12b … s100b. */
export const sortSources = (sources: Source[]): Source[] => [...sources].sort((a, b) => byText(a.id, b.id));

/** A section as reading order needs it: its id, its place in the story and its prose. */
export interface OrderedSection {
  id: string;
  order: number;
  prose: string;
}

/** Statements in reading order: by section, then by where their words first appear in it. */
export function sortStatements(statements: Statement[], sections: OrderedSection[]): Statement[] {
  const bySection = new Map(sections.map((s) => [s.id, s]));
  const key = (s: Statement): [number, number] => {
    const section = bySection.get(s.section);
    if (!section) return [Number.MAX_SAFE_INTEGER, 0];
    const at = section.prose.indexOf(collapseSpace(s.context ?? s.text));
    const inner = at === -1 ? 0 : section.prose.indexOf(collapseSpace(s.text), at);
    return [section.order, inner === -1 ? Number.MAX_SAFE_INTEGER : inner];
  };
  return [...statements].sort((a, b) => {
    const [sa, pa] = key(a);
    const [sb, pb] = key(b);
    return sa - sb || pa - pb || byText(a.id, b.id);
  });
}

// The sides speakers take, as the story names them (vocabulary.yaml: a side's `speakers` words).
import type { Speaker } from '../../schemas/speaker';
import type { Vocabulary } from '../../schemas/vocabulary';

export type Side = Speaker['side'];

/** A side's name for readers, in the order filters list them (the vocabulary's order). */
export type SideLabels = ReadonlyMap<Side, string>;

/** The speakers' sides of a story's vocabulary, by id, in its order. */
export const sideLabels = (v: Pick<Vocabulary, 'sides'>): SideLabels =>
  new Map(v.sides.flatMap((s) => (s.speakers ? [[s.id, s.speakers.name] as const] : [])));

/** A side's name; the validator has checked every speaker's side (check-vocabulary.ts). */
export function sideLabel(labels: SideLabels, side: Side): string {
  const label = labels.get(side);
  if (label === undefined) throw new Error(`vocabulary.yaml gives no speakers' name for side "${side}"`);
  return label;
}

/** The sides that occur among `speakers`, in the vocabulary's order. */
export const sidesOf = (labels: SideLabels, speakers: Pick<Speaker, 'side'>[]): Side[] =>
  [...labels.keys()].filter((side) => speakers.some((s) => s.side === side));

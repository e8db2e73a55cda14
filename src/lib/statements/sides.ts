import type { Speaker } from '../../schemas/speaker';

export type Side = Speaker['side'];

/** How each side of the stand-off is named to readers, in the order filters list them. */
export const SIDE_LABELS: Record<Side, string> = {
  russia: 'Russia',
  us: 'United States',
  nato: 'NATO and European allies',
};

/** The sides that occur among `speakers`, in the order of SIDE_LABELS. */
export const sidesOf = (speakers: Pick<Speaker, 'side'>[]): Side[] =>
  (Object.keys(SIDE_LABELS) as Side[]).filter((side) => speakers.some((s) => s.side === side));

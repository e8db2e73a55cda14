// Small positions and movements for the map's unit tests, with only the fields that matter set.
import type { Movement } from '../../../src/schemas/movement';
import type { Position } from '../../../src/schemas/position';

export function position(id: string, over: Partial<Position> = {}): Position {
  return {
    id,
    label: `${id} (somewhere)`,
    side: 'russia',
    status: 'present',
    what: 'Units.',
    lat: 50,
    lng: 30,
    marks: 'Town centre',
    coordinateSource: 's31',
    strength: { text: 'none published' },
    asOf: '2022-02-05',
    confidence: 'medium',
    sources: ['s01'],
    ...over,
  };
}

export function movement(id: string, from: string | undefined, to: string | undefined, over: Partial<Movement> = {}): Movement {
  return {
    id,
    label: `${id} label`,
    side: 'us',
    status: 'announced',
    what: 'Moving.',
    from: { label: 'From', ...(from ? { position: from } : {}) },
    to: { label: 'To', ...(to ? { position: to } : {}) },
    confidence: 'high',
    sources: ['s01'],
    ...over,
  };
}

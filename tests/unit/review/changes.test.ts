// "What changed": entries compared by id, each changed field old → new, added and removed entries whole.
import { describe, expect, it } from 'vitest';
import { entryChanges } from '../../../src/lib/review/changes';

const before = `- id: ru-yelnya
  label: Yelnya
  lat: 54.5774
  strength: { text: "~300", min: 300 }
  sources: [s01, s02]
- id: gone
  label: Old point
`;
const after = `# yaml-language-server: $schema=../.schemas/positions.json
- id: new-one
  label: New point
- id: ru-yelnya
  label: Yelnya (Smolensk oblast)
  lat: 54.5774
  strength: { text: "~300" }
  sources: [s01, s03]
`;

describe('entryChanges', () => {
  it('shows each changed field old → new, by id, whatever the order', () => {
    expect(entryChanges(before, after)).toEqual([
      { id: 'new-one', change: 'added', fields: [{ field: 'label', after: 'New point' }] },
      {
        id: 'ru-yelnya',
        change: 'changed',
        fields: [
          { field: 'label', before: 'Yelnya', after: 'Yelnya (Smolensk oblast)' },
          { field: 'sources', before: 's01; s02', after: 's01; s03' },
          { field: 'strength.min', before: '300' },
        ],
      },
      { id: 'gone', change: 'removed', fields: [{ field: 'label', before: 'Old point' }] },
    ]);
  });

  it('treats a file new since the ref as all added, and an unchanged file as no change', () => {
    expect(entryChanges(null, after).map((c) => c.change)).toEqual(['added', 'added']);
    expect(entryChanges(after, after)).toEqual([]);
  });
});

// The client-side contracts keep their values: the built pages, the stylesheets, readers' links and
// the browser tests all use them. And the section event is typed for every listener on document.
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as contracts from '../../src/lib/contracts';
import { positionDomId, statementDomIds, timelineDomId, type SectionEventDetail } from '../../src/lib/contracts';

describe('client-side contracts', () => {
  it('keeps the event, attribute and property names', () => {
    expect({
      SECTION_EVENT: contracts.SECTION_EVENT,
      LIVE_ATTR: contracts.LIVE_ATTR,
      LIVE_EXPLORE_ATTR: contracts.LIVE_EXPLORE_ATTR,
      LIVE_NOTE_ATTR: contracts.LIVE_NOTE_ATTR,
      VIEW_ATTR: contracts.VIEW_ATTR,
      READER_VIEW_ATTR: contracts.READER_VIEW_ATTR,
      FOCUS_PLACE_ATTR: contracts.FOCUS_PLACE_ATTR,
      STICKY_MAP_PROPERTY: contracts.STICKY_MAP_PROPERTY,
    }).toEqual({
      SECTION_EVENT: 'story:section',
      LIVE_ATTR: 'data-live',
      LIVE_EXPLORE_ATTR: 'data-live-explore',
      LIVE_NOTE_ATTR: 'data-live-note',
      VIEW_ATTR: 'data-view',
      READER_VIEW_ATTR: 'data-reader-view',
      FOCUS_PLACE_ATTR: 'data-focus-place',
      STICKY_MAP_PROPERTY: '--sticky-map',
    });
  });

  it('keeps the public ids', () => {
    expect(contracts.DOM_IDS).toEqual({ main: 'main', whoSaidWhat: 'who-said-what', corrections: 'corrections', positionsTable: 'positions-table' });
    expect(positionDomId('ru-yelnya')).toBe('position-ru-yelnya');
    expect(timelineDomId('t01')).toBe('timeline-t01');
    expect(statementDomIds('st01')).toEqual({ entry: 'statement-st01', passage: 'quote-st01', speaker: 'statement-st01-speaker' });
    expect(`${contracts.STATEMENT_ID_PREFIX}st01`).toBe(statementDomIds('st01').entry);
    expect(`${contracts.QUOTE_ID_PREFIX}st01`).toBe(statementDomIds('st01').passage);
  });

  it('types document listeners of the section event (checked by astro check)', () => {
    expectTypeOf<DocumentEventMap['story:section']>().toEqualTypeOf<CustomEvent<SectionEventDetail>>();
  });
});

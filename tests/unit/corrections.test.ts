// The corrections log's pure logic: order, notes per item, the sections a correction touches,
// the last-modified date and the JSON-LD.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/checks/yaml';
import { ROOT } from '../helpers/paths';
import {
  correctionSections,
  correctionsJsonLd,
  dateModified,
  notesFor,
  positionNotes,
  sortCorrections,
  type Correction,
} from '../../src/lib/corrections';
import { newsArticleJsonLd } from '../../src/lib/json-ld';
import type { StoryData } from '../../src/schemas/story';

const c = (id: string, date: string, touches: Correction['touches']): Correction => ({ id, date, wrong: `Was ${id}.`, now: `Now ${id}.`, touches });
const log = [
  c('old-statement', '2026-11-02', { statements: ['st-a'] }),
  c('new-position', '2026-12-01', { positions: ['p-1'] }),
  c('move', '2026-12-01', { movements: ['m-1'] }),
  c('section', '2026-11-20', { sections: ['two'], timeline: ['t-1'] }),
];

describe('corrections', () => {
  it('sorts newest first, then by rank, then by id', () => {
    expect(sortCorrections(log).map((x) => x.id)).toEqual(['move', 'new-position', 'section', 'old-statement']);
    expect(sortCorrections(log, (x) => (x.id === 'new-position' ? 0 : 1)).map((x) => x.id)).toEqual(['new-position', 'move', 'section', 'old-statement']);
  });

  it('gives each item its notes, dated and worded for readers', () => {
    expect(notesFor(log, 'statements', 'st-a')).toEqual([{ id: 'old-statement', date: '2026-11-02', dateLabel: '2 Nov 2026', text: 'Was old-statement. Now old-statement.' }]);
    expect(notesFor(log, 'statements', 'st-b')).toEqual([]);
  });

  it('shows a movement’s correction in the panels of its plotted ends', () => {
    const movements = [{ id: 'm-1', from: { label: 'A', position: 'p-1' }, to: { label: 'B' } }];
    expect(positionNotes(log, 'p-1', movements).map((n) => n.id)).toEqual(['move', 'new-position']);
    expect(positionNotes(log, 'p-2', movements)).toEqual([]);
  });

  it('finds the sections a correction touches: named, by statement, by timeline entry, by highlighted position', () => {
    const places = {
      statements: new Map([['st-a', 'one']]),
      timeline: new Map([['t-1', 'three']]),
      highlights: new Map([['one', []], ['two', ['p-9']], ['three', []], ['four', ['p-1']]]),
      movementEnds: new Map([['m-1', ['p-1']]]),
    };
    expect([...correctionSections(log[0]!, places)]).toEqual(['one']);
    expect([...correctionSections(log[1]!, places)]).toEqual(['four']);
    expect([...correctionSections(log[2]!, places)]).toEqual(['four']);
    expect([...correctionSections(log[3]!, places)].sort()).toEqual(['three', 'two']);
  });

  it('dates the story by its newest correction, or its publication when there is none', () => {
    expect(dateModified(log, '2022-02-07')).toBe('2026-12-01');
    expect(dateModified([], '2022-02-07')).toBe('2022-02-07');
  });

  it('adds dateModified and CorrectionComments to the NewsArticle; without corrections it was last modified when published', () => {
    const story = { headline: 'A headline long enough', dek: 'A dek long enough', shortTitle: 'Short', published: '2022-02-07', outlet: { name: 'O', certainty: 'confirmed' }, textSource: 't', editorialNote: 'e', explainer: { author: 'Team', publisher: 'Site' } } as StoryData;
    const links = { storyUrl: 'https://x.test/', methodUrl: 'https://x.test/how-we-made-this/', images: [], sections: [] };
    const data = newsArticleJsonLd(story, { ...links, corrections: log });
    expect(data.dateModified).toBe('2026-12-01');
    expect(data.correction).toEqual(correctionsJsonLd(log, links.storyUrl));
    // Its date and its entry in the page's list, which holds the words.
    expect(correctionsJsonLd(log, links.storyUrl)[0]).toEqual({ '@type': 'CorrectionComment', datePublished: '2026-11-02', url: 'https://x.test/#correction-old-statement' });
    expect(newsArticleJsonLd(story, links).dateModified).toBe('2022-02-07');
    expect(newsArticleJsonLd(story, links)).not.toHaveProperty('correction');
  });
});

// The real log says what was wrong and what changed, and never adds a ranking or a "first" of its own
// (content/README.md). Words an earlier version printed are quoted (“…”), so quoted text is left out.
describe('the real corrections log', () => {
  const parsed = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data/corrections.yaml'), 'utf8'));
  const log = (parsed.ok ? parsed.value : []) as Correction[];
  const ours = (text: string) => text.replace(/“[^”]*”/g, '“…”');

  it.each(log.map((c) => [c.id, c] as const))('%s ranks nothing and names no “first” of its own', (_, c) => {
    for (const text of [c.wrong, c.now].map(ours)) {
      expect(text, c.id).not.toMatch(/\b(the first (to|of|troops)|(is|are|was|were) (nearer|closer|farther|further)|closest|nearest|farthest|largest|biggest)\b/i);
      expect(text, c.id).not.toMatch(/\bfour days later\b/);
    }
  });

  it('logs the changes of 3 Dec 2026 to the eFP battlegroups, the short-term-victories fragment, paraphrase share text and the second call', () => {
    const touched = (id: string) => log.find((c) => c.id === id)?.touches;
    expect(touched('efp-confidence-medium')?.positions).toEqual(['nato-efp-latvia', 'nato-efp-poland']);
    expect(touched('short-term-victories-everywhere')?.statements).toEqual(['macron-short-term-victories']);
    expect(touched('paraphrase-share-text')?.statements).toHaveLength(6);
    expect(touched('second-call-four-days')?.timeline).toEqual(['macron-starts-discussion']);
    for (const id of ['efp-confidence-medium', 'short-term-victories-everywhere', 'paraphrase-share-text', 'second-call-four-days']) {
      expect(log.find((c) => c.id === id)?.date, id).toBe('2026-12-03');
    }
  });
});

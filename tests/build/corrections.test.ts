// The corrections log on both test builds, checked against content/stories/macron-moscow/data/corrections.yaml: the
// "Corrections and updates" section on / and on each section page it touches, the note on each
// corrected item (statement card, timeline entry, positions table, marker panel data), the
// "Updated" date in the header and the NewsArticle JSON-LD.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSections } from '../helpers/content';
import { readHtml, type HtmlDocument } from '../helpers/html';
import { BUILDS, ROOT } from '../helpers/paths';
import { formatShortDate } from '../../src/lib/format/dates';
import { readSectionText } from '../../src/lib/text/section-text';
import { parseYaml } from '../../src/lib/checks/yaml';
import type { Correction } from '../../src/schemas/correction';

const yaml = <T,>(file: string): T[] => {
  const parsed = parseYaml(readFileSync(join(ROOT, 'content/stories/macron-moscow/data', file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value as T[];
};
const corrections = yaml<Correction>('corrections.yaml');
const statements = yaml<{ id: string; section: string }>('statements.yaml');
const timeline = yaml<{ id: string; section: string }>('timeline.yaml');
const movements = yaml<{ id: string; from: { position?: string }; to: { position?: string } }>('movements.yaml');
const sections = sourceSections();
const highlights = new Map(
  sections.map((s) => {
    const map = readSectionText(readFileSync(join(ROOT, s.file), 'utf8')).map as { highlight?: string[] } | undefined;
    return [s.id, map?.highlight ?? []];
  }),
);

const text = (c: Correction) => `${c.wrong} ${c.now}`;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const latest = corrections.map((c) => c.date).sort().at(-1)!;

/** The plotted positions at the ends of the movements a correction touches. */
const movementEnds = (c: Correction): string[] =>
  (c.touches.movements ?? []).flatMap((id) => {
    const m = movements.find((x) => x.id === id)!;
    return [m.from.position, m.to.position].filter(Boolean) as string[];
  });

/** The sections a correction touches, worked out here from the YAML alone. */
function touchedSections(c: Correction): string[] {
  const positions = [...(c.touches.positions ?? []), ...movementEnds(c)];
  return sections
    .map((s) => s.id)
    .filter(
      (id) =>
        c.touches.sections?.includes(id) ||
        (c.touches.statements ?? []).some((st) => statements.find((x) => x.id === st)?.section === id) ||
        (c.touches.timeline ?? []).some((t) => timeline.find((x) => x.id === t)?.section === id) ||
        highlights.get(id)!.some((p) => positions.includes(p)),
    );
}

/** Newest first; on the same day in reading order (the first section touched), then by id. */
const rank = (c: Correction) => Math.min(...touchedSections(c).map((id) => sections.findIndex((s) => s.id === id)), Number.MAX_SAFE_INTEGER);
const newest = [...corrections].sort((a, b) => b.date.localeCompare(a.date) || rank(a) - rank(b) || a.id.localeCompare(b.id));

function listed(doc: HtmlDocument) {
  return Array.from(doc.querySelectorAll('#corrections .corrections__item'), (li) => ({
    id: li.id,
    date: li.querySelector('time')?.getAttribute('datetime'),
    text: squash(li.querySelector('.corrections__text')?.textContent),
  }));
}

it('the log is not empty and every entry touches something', () => {
  expect(corrections.length).toBeGreaterThan(0);
  for (const c of corrections) expect(Object.values(c.touches).flat().length, c.id).toBeGreaterThan(0);
});

describe.each(BUILDS)('$name build: corrections', ({ dir }) => {
  const story = readHtml(join(dir, 'index.html'));

  it('/ has a "Corrections and updates" section listing every entry, newest first, with its date and text', () => {
    expect(squash(story.querySelector('#corrections h2')?.textContent)).toBe('Corrections and updates');
    expect(listed(story)).toEqual(newest.map((c) => ({ id: `correction-${c.id}`, date: c.date, text: text(c) })));
  });

  it.each(sections.map((s) => s.id))('/%s/ lists exactly the corrections that touch it', (id) => {
    const doc = readHtml(join(dir, id, 'index.html'));
    const expected = newest.filter((c) => touchedSections(c).includes(id));
    expect(listed(doc).map((c) => c.id)).toEqual(expected.map((c) => `correction-${c.id}`));
    if (expected.length === 0) expect(doc.querySelector('#corrections')).toBeNull();
  });

  it('every section named by an entry gets its log', () => {
    const named = new Set(corrections.flatMap((c) => c.touches.sections ?? []));
    for (const id of named) expect(listed(readHtml(join(dir, id, 'index.html'))).length, id).toBeGreaterThan(0);
  });

  it('the header says "Updated" with the newest correction’s date, on / and on every section page', () => {
    for (const file of ['index.html', ...sections.map((s) => join(s.id, 'index.html'))]) {
      const updated = readHtml(join(dir, file)).querySelector('.masthead .updated');
      expect(squash(updated?.textContent), file).toBe(`Updated ${formatShortDate(latest)}`);
      expect(updated?.querySelector('time')?.getAttribute('datetime'), file).toBe(latest);
      expect(updated?.querySelector('a')?.getAttribute('href'), file).toMatch(/#corrections$/);
    }
  });

  it('the NewsArticle JSON-LD has dateModified and one CorrectionComment per entry, linking to its entry in the list', () => {
    const blocks = Array.from(story.querySelectorAll('script[type="application/ld+json"]'), (s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>);
    const article = blocks.find((b) => b['@type'] === 'NewsArticle')!;
    expect(article.dateModified).toBe(latest);
    const storyUrl = article.url as string;
    expect(article.correction).toEqual(newest.map((c) => ({ '@type': 'CorrectionComment', datePublished: c.date, url: `${storyUrl}#correction-${c.id}` })));
    // Each link lands on the entry that gives the correction's date and words.
    for (const c of newest) {
      const entry = story.getElementById(`correction-${c.id}`);
      expect(entry?.querySelector('time')?.getAttribute('datetime'), c.id).toBe(c.date);
      expect(squash(entry?.querySelector('.corrections__text')?.textContent), c.id).toBe(text(c));
    }
  });

  it('each corrected statement card carries its note', () => {
    for (const c of corrections) {
      for (const id of c.touches.statements ?? []) {
        const notes = Array.from(story.querySelectorAll(`#statement-${id} .correction-note`), (n) => squash(n.textContent));
        expect(notes, id).toContain(`Corrected ${formatShortDate(c.date)}: ${text(c)}`);
      }
    }
  });

  it('each corrected timeline entry carries its note', () => {
    for (const c of corrections) {
      for (const id of c.touches.timeline ?? []) {
        const notes = Array.from(story.querySelectorAll(`#timeline-${id} .correction-note`), (n) => squash(n.textContent));
        expect(notes, id).toContain(`Corrected ${formatShortDate(c.date)}: ${text(c)}`);
      }
    }
  });

  it('each corrected position (or a movement’s plotted end) carries its note in the table and in the marker panel’s data', () => {
    const table = readHtml(join(dir, 'positions/index.html'));
    const data = JSON.parse(readFileSync(join(dir, 'map/data.json'), 'utf8')) as { positions: { id: string; corrections?: { date: string; text: string }[] }[] };
    for (const c of corrections) {
      for (const id of new Set([...(c.touches.positions ?? []), ...movementEnds(c)])) {
        const notes = Array.from(table.querySelectorAll(`#position-${id} .positions__correction`), (n) => squash(n.textContent));
        expect(notes, id).toContain(`Corrected ${formatShortDate(c.date)}: ${text(c)}`);
        expect(data.positions.find((p) => p.id === id)?.corrections, id).toContainEqual({ date: formatShortDate(c.date), text: text(c) });
      }
    }
    // And no note where nothing was corrected.
    const corrected = new Set(corrections.flatMap((c) => [...(c.touches.positions ?? []), ...movementEnds(c)]));
    const plain = data.positions.filter((p) => !corrected.has(p.id));
    expect(plain.every((p) => p.corrections === undefined)).toBe(true);
  });
});

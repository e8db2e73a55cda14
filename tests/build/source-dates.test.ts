// A source's date reads the same wherever a reader meets it: in the who-said-what sidebar, the map's
// details panel (map/data.json) and the positions table, all through citations.sourceDateText.
// Source s13 once read "27 Jan 2022" in the sidebar and "2022-01-27/28 across the outlets" elsewhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Source } from '../../src/schemas/source';
import type { MapData } from '../../src/lib/map/map-data';
import { sourceDateText } from '../../src/lib/format/citations';
import { readHtml } from '../helpers/html';
import { BUILDS, MAIN_STORY, ROOT } from '../helpers/paths';

const sources = parse(readFileSync(join(ROOT, 'content/stories', MAIN_STORY, 'data/sources.yaml'), 'utf8')) as Source[];
const s13 = sources.find((s) => s.id === 's13')!;
const S13_TEXT = '27/28 Jan 2022 across the outlets';
const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
const copyNote = ' (known only from a copy on another site)';
/** The sources a line starting "OUTLET<sep>TITLE" may stand for (titles may repeat across outlets). */
const sourcesOf = (line: string, sep: string, quoted: boolean) =>
  sources.filter((s) => line.startsWith(`${s.outlet}${sep}${quoted && !s.title.startsWith('(') ? `“${s.title}”` : s.title}`));

describe.each(BUILDS)('$name build: a source date reads the same everywhere', ({ dir }) => {
  it('s13 reads as the one rule says, in the sidebar of its statement and of its section', () => {
    expect(sourceDateText(s13)).toBe(S13_TEXT);
    for (const page of ['statements/white-house-scholz-visit/index.html', 'diplomacy-in-washington/index.html']) {
      const items = [...readHtml(join(dir, page)).querySelectorAll('.wsw-sources li')].filter((li) => squash(li.textContent).startsWith(`${s13.outlet}, `) && squash(li.textContent).includes(s13.title));
      expect(items.length, page).toBeGreaterThan(0);
      for (const li of items) expect(squash(li.querySelector('time')?.textContent), page).toBe(S13_TEXT);
    }
  });

  it('the map data gives every cited source the same date text', () => {
    const data = JSON.parse(readFileSync(join(dir, 'map/data.json'), 'utf8')) as MapData;
    const cited = data.positions.flatMap((p) => p.sources);
    const withNotes = cited.filter((c) => {
      const candidates = sources.filter((s) => s.outlet === c.outlet && s.title === c.title);
      expect(candidates.map(sourceDateText), `${c.outlet}: ${c.title}`).toContain(c.date);
      return candidates.some((s) => s.dateNote);
    });
    expect(withNotes.length).toBeGreaterThan(0);
  });

  it('the positions table gives every cited source the same date text', () => {
    const items = [...readHtml(join(dir, 'positions/index.html')).querySelectorAll('.positions__sources li')].map((li) => squash(li.textContent));
    expect(items.length).toBeGreaterThan(0);
    let withNotes = 0;
    for (const line of items) {
      const candidates = sourcesOf(line, ': ', false);
      const lines = candidates.map((s) => `${s.outlet}: ${s.title}${sourceDateText(s) ? `, ${sourceDateText(s)}` : ''}${!s.url && s.copyUrls ? copyNote : ''}`);
      expect(lines, line).toContain(line);
      if (candidates.some((s) => s.dateNote)) withNotes++;
    }
    expect(withNotes).toBeGreaterThan(0);
  });

  it('the sidebar gives every source the same date text', () => {
    const items = [...readHtml(join(dir, 'index.html')).querySelectorAll('.wsw-sources li')];
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      const line = squash(li.textContent);
      const candidates = sourcesOf(line, ', ', true);
      expect(candidates.length, line).toBeGreaterThan(0);
      const time = li.querySelector('time');
      // A dated source shows its text in <time>; an undated one ("late Jan 2022") as plain text.
      if (time) expect(candidates.map(sourceDateText), line).toContain(squash(time.textContent));
      else expect(candidates.some((s) => !sourceDateText(s) || line.includes(`, ${sourceDateText(s)}`)), line).toBe(true);
    }
  });
});

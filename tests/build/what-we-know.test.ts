// The "What we know, and what we don't" box in the built story: once, inside the story, with its
// three lists, every item linking to a point, a statement or a section that exists, and every
// point that belongs in "Reported, not confirmed" there (read from the site's own positions export).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../helpers/html';
import { BUILDS, ROOT_BUILD } from '../helpers/paths';

const LISTS = ['What the sources agree on', 'Reported, not confirmed', 'Came later'];

describe.each(BUILDS)('the "What we know" box ($name build)', (build) => {
  const story = readHtml(join(build.dir, 'index.html'));
  const box = story.getElementById('what-we-know')!;
  const parts = box ? Array.from(box.querySelectorAll('details')) : [];

  it('is on the story page once, inside a section of the story, after its text', () => {
    expect(story.querySelectorAll('#what-we-know').length).toBe(1);
    expect(story.querySelectorAll('.wwk').length).toBe(1);
    const section = box.closest('section.story-section')!;
    expect(section).not.toBeNull();
    // Our box, not the article's words: no paragraph, so `.article-text p` stays the article's own.
    expect(box.querySelectorAll('p').length).toBe(0);
    expect(box.getAttribute('aria-labelledby')).toBe('what-we-know-heading');
    expect(story.getElementById('what-we-know-heading')!.textContent).toBe('What we know, and what we don’t');
  });

  it('holds the three lists, each with items and its count in its summary', () => {
    expect(parts.map((d) => d.querySelector('summary h3')!.textContent)).toEqual(LISTS);
    for (const d of parts) {
      const items = d.querySelectorAll('ul > li');
      expect(items.length).toBeGreaterThan(0);
      expect(d.querySelector('summary')!.textContent).toContain(String(items.length));
    }
  });

  it('gives every item one link, that resolves, and its sources', () => {
    for (const item of Array.from(box.querySelectorAll('li'))) {
      const links = item.querySelectorAll('a[href]');
      expect(links.length, item.textContent!).toBe(1);
      expect(item.querySelector('small')!.textContent).toMatch(/^Sources: \S/);
      const url = new URL(links[0]!.getAttribute('href')!, 'https://explainer.test');
      expect(url.pathname.startsWith(build.base), url.href).toBe(true);
      const page = join(build.dir, url.pathname.slice(build.base.length), 'index.html');
      expect(existsSync(page), url.href).toBe(true);
      const id = decodeURIComponent(url.hash.slice(1));
      expect(id, url.href).toMatch(/^(position-|statement-)?[a-z0-9-]+$/);
      expect(readHtml(page).getElementById(id), url.href).not.toBeNull();
    }
  });

  it('lists every point whose status is unconfirmed or announced, or whose confidence is low, as not confirmed', () => {
    const { features } = JSON.parse(readFileSync(join(build.dir, 'data/positions.geojson'), 'utf8')) as {
      features: { properties: { id: string; status: string; confidence: string } }[];
    };
    const expected = features
      .map((f) => f.properties)
      .filter((p) => ['unconfirmed', 'announced'].includes(p.status) || p.confidence === 'low')
      .map((p) => p.id)
      .sort();
    const pointsIn = (d: (typeof parts)[number]) =>
      Array.from(d.querySelectorAll('a[href*="#position-"]'), (a) => a.getAttribute('href')!.split('#position-')[1]!);
    expect(expected.length).toBeGreaterThan(0);
    const reportedPoints = pointsIn(parts[1]!).sort();
    // "Came later" may link to a point too; only the second list must hold them all.
    expect(reportedPoints.filter((id) => expected.includes(id))).toEqual(expected);
    expect(pointsIn(parts[0]!).filter((id) => expected.includes(id))).toEqual([]);
  });
});

describe('the box on other pages', () => {
  it('shows on the own page of the section the editor placed it in, and on no other page', () => {
    const story = readHtml(join(ROOT_BUILD.dir, 'index.html'));
    const placed = story.getElementById('what-we-know')!.closest('section.story-section')!.id;
    const others = Array.from(story.querySelectorAll('section.story-section'), (s) => s.id).filter((id) => id !== placed);
    expect(others.length).toBeGreaterThan(0);
    for (const page of [...others, 'positions', 'embed/map']) {
      expect(readHtml(join(ROOT_BUILD.dir, page, 'index.html')).querySelectorAll('#what-we-know').length, page).toBe(0);
    }
    expect(readHtml(join(ROOT_BUILD.dir, placed, 'index.html')).querySelectorAll('#what-we-know').length).toBe(1);
  });
});

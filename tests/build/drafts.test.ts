// Drafts (draft: true in story.yaml): a preview build (DRAFTS=1) holds them with a visible banner and
// noindex; a production build leaves them out entirely; STORY=<a draft> alone fails with a message
// that says what to do. Built from a content root made of fixtures: a published story
// (tests/fixtures/data/valid) and a draft (tests/fixtures/draft-story laid over it).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';
import { readHtml } from '../helpers/html';
import { ROOT } from '../helpers/paths';
import { contentRootWith } from './data-build';

const work = mkdtempSync(join(tmpdir(), 'explainer-drafts-'));
const content = join(work, 'content');
const valid = join(ROOT, 'tests/fixtures/data/valid');
contentRootWith(content, 'fixture-story', [valid]);
contentRootWith(content, 'fixture-draft', [valid, join(ROOT, 'tests/fixtures/draft-story')]);
const preview = join(work, 'preview');
const production = join(work, 'production');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const htmlFiles = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));

beforeAll(async () => {
  for (const [out, env] of [
    [preview, { DRAFTS: '1' }],
    [production, {}],
  ] as const) {
    const { code, log } = await astroBuild(out, { EXPLAINER_CONTENT_DIR: content, ...env });
    if (code !== 0) throw new Error(`drafts fixture build (${JSON.stringify(env)}) failed:\n${log}`);
  }
}, 240_000);

describe('a preview build (DRAFTS=1)', () => {
  it('builds the draft with a visible banner and noindex on every page', () => {
    const pages = htmlFiles(join(preview, 'fixture-draft'));
    expect(pages.length).toBeGreaterThan(3);
    for (const file of pages) {
      const doc = readHtml(join(preview, 'fixture-draft', file));
      expect(doc.querySelector('.draft-banner')?.textContent?.trim(), file).toBe('Draft, not published');
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), file).toBe('noindex');
      expect(doc.querySelector('link[rel="canonical"]'), file).toBeNull();
    }
  });

  it('keeps the published story free of the banner, and lists the draft on the index as a draft', () => {
    const story = readHtml(join(preview, 'fixture-story', 'index.html'));
    expect(story.querySelector('.draft-banner')).toBeNull();
    expect(story.querySelector('link[rel="canonical"]')).not.toBeNull();
    const index = readHtml(join(preview, 'index.html'));
    const draftItem = Array.from(index.querySelectorAll('.story-list__item')).find((li) => li.querySelector('a')?.getAttribute('href') === '/fixture-draft/');
    expect(draftItem?.querySelector('.story-list__draft')?.textContent).toBe('Draft, not published');
  });

  it('has the review page (/_review/) with every story, and its host-article harness', () => {
    const review = readHtml(join(preview, '_review', 'index.html'));
    expect(review.querySelector('h1')?.textContent).toBe('Review before publishing');
    expect(review.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    for (const slug of ['fixture-story', 'fixture-draft']) expect(review.getElementById(`${slug}-checklist`), slug).not.toBeNull();
    expect(review.querySelectorAll('iframe[src="/fixture-story/embed/map/"]').length + review.querySelectorAll('iframe[src="/_review/host/fixture-story/"]').length).toBe(2);
    expect(existsSync(join(preview, '_review', 'host', 'fixture-story', 'index.html'))).toBe(true);
  });

  it('still keeps the draft out of the sitemap and the index’s JSON-LD', () => {
    expect(readFileSync(join(preview, 'sitemap.xml'), 'utf8')).not.toContain('fixture-draft');
    expect(readHtml(join(preview, 'index.html')).querySelector('script[type="application/ld+json"]')?.textContent).not.toContain('fixture-draft');
  });
});

describe('a production build', () => {
  it('has no review page', () => {
    expect(existsSync(join(production, '_review'))).toBe(false);
    expect(htmlFiles(production).filter((f) => f.includes('_review'))).toEqual([]);
  });

  it('leaves the draft out: no pages, not in the index, the sitemap or any link', () => {
    expect(existsSync(join(production, 'fixture-draft'))).toBe(false);
    expect(existsSync(join(production, 'fixture-story', 'index.html'))).toBe(true);
    for (const file of [...htmlFiles(production), 'sitemap.xml']) {
      expect(readFileSync(join(production, file), 'utf8'), file).not.toMatch(/fixture-draft|Fixture draft/);
    }
  });

  it('refuses STORY=<a draft> without DRAFTS=1, saying what to do', async () => {
    const { code, log } = await astroBuild(join(work, 'refused'), { EXPLAINER_CONTENT_DIR: content, STORY: 'fixture-draft' });
    expect(code).not.toBe(0);
    expect(log).toContain('STORY=fixture-draft is a draft (draft: true in');
    expect(log).toContain('Build a preview with DRAFTS=1, or set draft: false to publish it.');
  }, 60_000);
});

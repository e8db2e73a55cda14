// The shape of every built page, as a validator (the W3C Nu checker, html-validate) reads it: one
// doctype first, one <html> with one <head> and one <body>, and nothing after </body></html> (an
// Astro <script> written outside the layout's slot lands after </html>). And /embed/map/, which sits in
// other sites' frames, opens every link in a new tab, never inside the frame.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/html';
import { BUILDS } from '../helpers/paths';

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));

/** Tags counted outside scripts, styles, templates and comments (their text may contain anything). */
const markupOnly = (html: string) => html.replace(/<!--[\s\S]*?-->|<(script|style|template)\b[\s\S]*?<\/\1>/gi, '');

describe.each(BUILDS)('$name build: HTML structure', ({ dir }) => {
  const pages = htmlFiles(dir).map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));

  it('builds more than the story page', () => {
    expect(pages.length).toBeGreaterThan(8);
  });

  it.each(pages)('$file: a doctype first, then one html, head and body, and nothing after </html>', ({ html }) => {
    expect(html.trimStart()).toMatch(/^<!doctype html>/i);
    expect(html.trimEnd().slice(-120)).toMatch(/<\/body>\s*<\/html>$/i);
    const markup = markupOnly(html);
    for (const tag of ['html', 'head', 'body']) {
      expect(markup.match(new RegExp(`<${tag}[\\s>]`, 'gi')) ?? [], `<${tag}>`).toHaveLength(1);
      expect(markup.match(new RegExp(`</${tag}>`, 'gi')) ?? [], `</${tag}>`).toHaveLength(1);
    }
    expect(html.match(/<!doctype/gi)).toHaveLength(1);
  });

  it.each(pages)('$file: every link that opens a new tab has rel="noopener"', ({ html }) => {
    for (const a of parseHtml(html).querySelectorAll('a[target="_blank"]')) {
      expect(a.getAttribute('rel') ?? '', a.outerHTML).toMatch(/\bnoopener\b/);
    }
  });

  it('/embed/map/: every link out of the page opens in a new tab, outside the frame', () => {
    const doc = parseHtml(readFileSync(join(dir, 'embed/map/index.html'), 'utf8'));
    const links = [...doc.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href')!.startsWith('#'));
    const texts = links.map((a) => a.textContent!.trim());
    // The credit and the table link at least (the others are in "What the map shows").
    expect(texts).toContain('All positions in a table');
    expect(doc.querySelector('.embed-map__credit a')).not.toBeNull();
    for (const a of links) {
      expect(a.getAttribute('target'), a.outerHTML).toBe('_blank');
      expect(a.getAttribute('rel'), a.outerHTML).toMatch(/\bnoopener\b/);
    }
    // Also inside the <template>s of each view, which the static map swaps in.
    for (const t of doc.querySelectorAll('template')) {
      for (const a of parseHtml(t.innerHTML).querySelectorAll('a[href]')) {
        if (a.getAttribute('href')!.startsWith('#')) continue;
        expect(a.getAttribute('target'), a.outerHTML).toBe('_blank');
      }
    }
  });
});

// Zero requests to other hosts: no attribute of the generated HTML and no CSS url() points off-site.
// (schema.org inside JSON-LD and the sitemap namespace are identifiers, not requests; a link's href to
// a cited source is only followed when the reader clicks it, so <a href> may point to other sites.)
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/html';
import { ALL_BUILDS, SITE_URL } from '../helpers/paths';

const siteHost = new URL(SITE_URL).host;

function filesIn(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f));
}

describe.each(ALL_BUILDS)('$name build: no third-party URLs', ({ dir }) => {
  it('no attribute in any HTML page holds a URL to another host', () => {
    const found: string[] = [];
    for (const file of filesIn(dir, '.html')) {
      const doc = parseHtml(readFileSync(file, 'utf8'));
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) {
          if (el.tagName === 'A' && a.name === 'href' && /^https?:\/\//.test(a.value ?? '')) continue;
          for (const m of (a.value ?? '').matchAll(/(?:https?:)?\/\/([a-z0-9.-]+(?::\d+)?)/gi)) {
            if (m[1]!.toLowerCase() !== siteHost) found.push(`${relative(dir, file)}: <${el.tagName.toLowerCase()} ${a.name}="${a.value ?? ''}">`);
          }
        }
      }
      // Inline scripts other than JSON-LD must not reference other hosts either.
      for (const s of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"])'))) {
        for (const m of (s.textContent ?? '').matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) {
          if (m[1]!.toLowerCase() !== siteHost) found.push(`${relative(dir, file)}: inline script mentions ${m[0]}`);
        }
      }
    }
    expect(found).toEqual([]);
    // Parses every page of the build: on 2 shared cores that can take longer than vitest's 5 s.
  }, 30_000);

  it('no stylesheet loads anything from another host', () => {
    const found: string[] = [];
    for (const file of filesIn(dir, '.css')) {
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)) {
        found.push(`${relative(dir, file)}: ${m[1]}`);
      }
    }
    expect(found).toEqual([]);
  });
});

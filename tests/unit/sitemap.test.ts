import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/lib/format/escape-xml';
import { sitemapXml } from '../../src/lib/sitemap';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
  });
});

describe('sitemapXml', () => {
  it('writes a sitemaps.org urlset with one <loc> per URL, in order', () => {
    const xml = sitemapXml([{ loc: 'https://explainer.test/' }, { loc: 'https://explainer.test/troop-buildup/' }]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://explainer.test/',
      'https://explainer.test/troop-buildup/',
    ]);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });
  it('escapes URLs', () => {
    expect(sitemapXml([{ loc: 'https://explainer.test/?a=1&b=2' }])).toContain('<loc>https://explainer.test/?a=1&amp;b=2</loc>');
  });
  it('gives each page its <lastmod> when known', () => {
    const xml = sitemapXml([{ loc: 'https://explainer.test/', lastmod: '2026-12-01' }, { loc: 'https://explainer.test/a/' }]);
    expect(xml).toContain('<url><loc>https://explainer.test/</loc><lastmod>2026-12-01</lastmod></url>');
    expect(xml).toContain('<url><loc>https://explainer.test/a/</loc></url>');
  });
});

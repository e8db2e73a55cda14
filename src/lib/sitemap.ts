import { escapeXml } from './format/escape-xml';

/** One page in the sitemap: its absolute URL and, when known, the day it last changed (YYYY-MM-DD). */
export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

/** A sitemaps.org urlset listing the given pages, in order. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const lines = entries
    .map(({ loc, lastmod }) => `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines}\n</urlset>\n`;
}

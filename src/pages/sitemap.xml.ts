import type { APIRoute } from 'astro';
import { getPageDates } from '../queries/page-dates';
import { getBuiltStories, singleStory } from '../queries/stories';
import { sitemapXml, type SitemapEntry } from '../lib/sitemap';
import { absoluteUrl, storyBase } from '../lib/urls';

// Every indexable page of every published story (the story, its sections, the positions table, the
// statement pages and the method page), each with the day it last changed, and, when the build holds
// every story, the index of stories (changed when its newest page did). Drafts (only in preview
// builds) are left out: they are noindex.
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const entries: SitemapEntry[] = [];
  for (const { slug, story, param } of await getBuiltStories()) {
    if (story.draft) continue;
    for (const [path, lastmod] of await getPageDates(slug)) entries.push({ loc: absoluteUrl(site!, storyBase(base, param), path), lastmod });
  }
  if (!singleStory()) {
    const newest = entries.flatMap((e) => (e.lastmod ? [e.lastmod] : [])).sort().at(-1);
    entries.unshift({ loc: absoluteUrl(site!, base), lastmod: newest });
  }
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

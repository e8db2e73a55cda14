import type { APIRoute } from 'astro';
import { getPageDates } from '../data/page-dates';
import { sitemapXml } from '../lib/sitemap';
import { absoluteUrl } from '../lib/urls';

// Every indexable page (the story, its sections, the positions table, the statement pages and the
// method page), each with the day it last changed.
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const entries = [...(await getPageDates())].map(([path, lastmod]) => ({ loc: absoluteUrl(site!, base, path), lastmod }));
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

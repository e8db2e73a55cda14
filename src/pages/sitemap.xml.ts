import type { APIRoute } from 'astro';
import { getSections } from '../data/story';
import { getStatements } from '../data/story-data';
import { sitemapXml } from '../lib/sitemap';
import { POSITIONS_PATH, absoluteUrl, sectionPath, statementPath } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const [sections, statements] = await Promise.all([getSections(), getStatements()]);
  const urls = ['', ...sections.map((s) => sectionPath(s.id)), POSITIONS_PATH, ...statements.map((s) => statementPath(s.id))].map((path) =>
    absoluteUrl(site!, base, path),
  );
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

import type { APIRoute } from 'astro';
import { getBuiltStories, singleStory } from '../data/stories';
import { getSections } from '../data/story';
import { getStatements } from '../data/story-data';
import { sitemapXml } from '../lib/sitemap';
import { POSITIONS_PATH, absoluteUrl, sectionPath, statementPath, storyBase } from '../lib/urls';

// Every page readers should find: each published story's pages and, when the build holds every
// story, the index of stories. Drafts (only in preview builds) are left out: they are noindex.
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const urls = singleStory() ? [] : [absoluteUrl(site!, base)];
  for (const { slug, story, param } of await getBuiltStories()) {
    if (story.draft) continue;
    const [sections, statements] = await Promise.all([getSections(slug), getStatements(slug)]);
    const paths = ['', ...sections.map((s) => sectionPath(s.id)), POSITIONS_PATH, ...statements.map((s) => statementPath(s.id))];
    urls.push(...paths.map((path) => absoluteUrl(site!, storyBase(base, param), path)));
  }
  return new Response(sitemapXml(urls), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};

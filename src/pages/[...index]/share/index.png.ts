// The index of stories' share image (/share/index.png), only in a build holding every story.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBuiltStories, getSite, singleStory } from '../../../queries/stories';
import { renderShareCard } from '../../../lib/share-image';

export const getStaticPaths = (() => (singleStory() ? [] : [{ params: { index: undefined } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const [site, stories] = await Promise.all([getSite(), getBuiltStories()]);
  const count = stories.filter((s) => !s.story.draft).length;
  const card = { eyebrow: site.name, title: site.name, summary: site.description, footer: `${count} ${count === 1 ? 'story' : 'stories'}` };
  return new Response(Buffer.from(await renderShareCard(card)), { headers: { 'content-type': 'image/png' } });
};

// Static oEmbed responses: /oembed/story.json, /oembed/SECTION-ID.json and /oembed/embed-map.json,
// each announced by its page's <link rel="alternate" type="application/json+oembed">.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOEmbeds } from '../../../queries/embeds';
import { storyStaticPaths } from '../../../queries/stories';

export const getStaticPaths = (() =>
  storyStaticPaths(async (slug, base) =>
    (await getOEmbeds(slug, new URL(import.meta.env.SITE), base)).map(({ id, json }) => ({ params: { id }, props: { json } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: Record<string, string | number> }> = ({ props }) =>
  new Response(JSON.stringify(props.json, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });

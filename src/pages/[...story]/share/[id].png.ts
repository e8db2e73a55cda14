// Share images: one 1200×630 card for the full story ("story") and one per section.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../../queries/share-cards';
import { storyStaticPaths } from '../../../queries/stories';
import { renderShareCard, type ShareCard } from '../../../lib/share-image';

export const getStaticPaths = (() =>
  storyStaticPaths(async (slug) => (await getShareCards(slug)).map(({ id, card }) => ({ params: { id }, props: { card } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(Buffer.from(await renderShareCard(props.card)), { headers: { 'content-type': 'image/png' } });

// The story's and each section's share card in Google's three shapes (16:9, 4:3, 1:1, each 1200 px
// wide), listed in the pages' JSON-LD `image`: /share/16x9/story.png, /share/1x1/troop-buildup.png …
import type { APIRoute, GetStaticPaths } from 'astro';
import { getShareCards } from '../../../../queries/share-cards';
import { storyStaticPaths } from '../../../../queries/stories';
import { renderShareCard, type CardSize, type ShareCard } from '../../../../lib/share-image';
import { SHARE_SHAPES, type ShareShape } from '../../../../lib/urls';

export const getStaticPaths = (() =>
  storyStaticPaths(async (slug) => {
    const cards = await getShareCards(slug);
    return (Object.keys(SHARE_SHAPES) as ShareShape[]).flatMap((shape) =>
      cards.map(({ id, card }) => ({ params: { shape, id }, props: { card, size: SHARE_SHAPES[shape] } })),
    );
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard; size: CardSize }> = async ({ props }) =>
  new Response(Buffer.from(await renderShareCard(props.card, props.size)), { headers: { 'content-type': 'image/png' } });

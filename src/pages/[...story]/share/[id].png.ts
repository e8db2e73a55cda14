// Share images: one card for the full story ("story") and one per section.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSections, getStory } from '../../../data/story';
import { storyStaticPaths } from '../../../data/stories';
import { formatLongDate } from '../../../lib/dates';
import { renderShareCard, type ShareCard } from '../../../lib/share-image';

export const getStaticPaths = (() => storyStaticPaths(async (slug) => {
  const story = await getStory(slug);
  const sections = await getSections(slug);
  const footer = `${formatLongDate(story.published)} · Explainer`;
  const cards: { id: string; card: ShareCard }[] = [
    { id: 'story', card: { eyebrow: story.shortTitle, title: story.headline, summary: story.dek, footer } },
    ...sections.map((s, i) => ({
      id: s.id,
      card: {
        eyebrow: `${story.shortTitle} · Section ${i + 1} of ${sections.length}`,
        title: s.data.heading,
        summary: s.data.summary,
        footer,
      },
    })),
  ];
  return cards.map(({ id, card }) => ({ params: { id }, props: { card } }));
})) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(Buffer.from(await renderShareCard(props.card)), { headers: { 'content-type': 'image/png' } });

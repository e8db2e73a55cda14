// The story's and each section's share card text: the 1200×630 og:image and the same card in
// Google's three shapes for the JSON-LD `image` (src/pages/share/).
import { formatLongDate } from '../lib/format/dates';
import type { ShareCard } from '../lib/share-image';
import { getSections, getStory } from './story';

/** "story" and every section id of a story, each with its card. */
export async function getShareCards(slug: string): Promise<{ id: string; card: ShareCard }[]> {
  const [story, sections] = await Promise.all([getStory(slug), getSections(slug)]);
  const footer = `${formatLongDate(story.published)} · Explainer`;
  return [
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
}

// Share images of the statements' own pages: the words, the speaker, the date and the story's name.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../../../data/story';
import { getWhoSaidWhat } from '../../../../data/who-said-what';
import { storyStaticPaths } from '../../../../data/stories';
import { renderStatementCard, type StatementCard } from '../../../../lib/share-image';

export const getStaticPaths = (() => storyStaticPaths(async (slug, base) => {
  const story = await getStory(slug);
  const { statements } = await getWhoSaidWhat(slug, base);
  return statements.map((s) => ({
    params: { id: s.id },
    props: {
      card: {
        eyebrow: `${story.shortTitle} · Who said what · ${s.kind === 'quote' ? 'Quote' : 'Paraphrase'}`,
        words: s.words,
        ...(s.sense ? { sense: s.sense } : {}),
        speaker: `${s.speaker.name}, ${s.speaker.role}`,
        date: s.dateLabel ?? s.dateNote ?? '',
        story: story.headline,
      } satisfies StatementCard,
    },
  }));
})) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: StatementCard }> = async ({ props }) =>
  new Response(Buffer.from(await renderStatementCard(props.card)), { headers: { 'content-type': 'image/png' } });

// Share images of the statements' own pages: the words, the speaker, the date and the story's name.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStory } from '../../../../queries/story';
import { getWhoSaidWhat } from '../../../../queries/who-said-what';
import { storyStaticPaths } from '../../../../queries/stories';
import { renderStatementCard, type StatementCard } from '../../../../lib/share-image';
import { speakerLine } from '../../../../lib/statements/sentences';

export const getStaticPaths = (() => storyStaticPaths(async (slug, base) => {
  const story = await getStory(slug);
  const { statements } = await getWhoSaidWhat(slug, base);
  return statements.map((s) => ({
    params: { id: s.id },
    props: {
      card: {
        eyebrow: `${story.shortTitle} · Who said what · ${s.kind === 'quote' ? 'Quote' : 'The article’s paraphrase'}`,
        words: s.alone.words,
        ...(s.sense ? { sense: s.sense } : {}),
        speaker: speakerLine(s.speaker),
        date: s.dateLabel ?? s.dateNote ?? '',
        story: story.headline,
      } satisfies StatementCard,
    },
  }));
})) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: StatementCard }> = async ({ props }) =>
  new Response(Buffer.from(await renderStatementCard(props.card)), { headers: { 'content-type': 'image/png' } });

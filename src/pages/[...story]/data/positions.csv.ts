import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStaticPaths } from '../../../data/stories';
import { getPositions, getSourceIndex } from '../../../data/story-data';
import { positionsCsv } from '../../../lib/data/positions-export';

export const getStaticPaths = (() => storyStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(positionsCsv(await getPositions(props.slug), await getSourceIndex(props.slug)), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });

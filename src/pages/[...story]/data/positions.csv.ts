import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStaticPaths } from '../../../queries/stories';
import { getPositions, getSourceIndex } from '../../../queries/story-data';
import { positionsCsv } from '../../../lib/exports/positions-export';

export const getStaticPaths = (() => storyStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(positionsCsv(await getPositions(props.slug), await getSourceIndex(props.slug)), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });

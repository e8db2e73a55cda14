import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStaticPaths } from '../../../queries/stories';
import { getSourceIndex, getTimeline } from '../../../queries/story-data';
import { timelineExport } from '../../../lib/exports/timeline-export';

export const getStaticPaths = (() => storyStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(JSON.stringify(timelineExport(await getTimeline(props.slug), await getSourceIndex(props.slug)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

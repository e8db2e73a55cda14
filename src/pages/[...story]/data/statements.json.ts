import type { APIRoute, GetStaticPaths } from 'astro';
import { storyStaticPaths } from '../../../queries/stories';
import { getSourceIndex, getSpeakers, getStatements } from '../../../queries/story-data';
import { statementsExport } from '../../../lib/exports/statements-export';

export const getStaticPaths = (() => storyStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) =>
  new Response(JSON.stringify(statementsExport(await getStatements(props.slug), await getSpeakers(props.slug), await getSourceIndex(props.slug)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

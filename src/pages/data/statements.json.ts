import type { APIRoute } from 'astro';
import { getSourceIndex, getSpeakers, getStatements } from '../../data/story-data';
import { statementsExport } from '../../lib/data/statements-export';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(statementsExport(await getStatements(), await getSpeakers(), await getSourceIndex()), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

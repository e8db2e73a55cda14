// The "What we know, and what we don't" box's lists, from a story's data (positions.yaml, known.yaml).
import { getCollection } from 'astro:content';
import { inStory } from '../lib/stories/entry-id';
import { whatWeKnow, type WhatWeKnow } from '../lib/what-we-know/lists';
import { getMapWords } from './map';
import { getMapConfig, getPositions, getSourceIndex } from './story-data';

/** `base` is the story's base (routeBase in src/queries/stories.ts). */
export async function getWhatWeKnow(slug: string, base: string): Promise<WhatWeKnow> {
  const [map, positions, sources, entries, words] = await Promise.all([
    getMapConfig(slug),
    getPositions(slug),
    getSourceIndex(slug),
    getCollection('known', inStory(slug)),
    getMapWords(slug),
  ]);
  return whatWeKnow({ asOf: map.asOf, positions, entries: entries.map((e) => e.data), sources, base, words });
}

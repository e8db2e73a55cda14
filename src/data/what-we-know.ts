// The "What we know, and what we don't" box's lists, from the story data (positions.yaml, known.yaml).
import { getCollection } from 'astro:content';
import { whatWeKnow, type WhatWeKnow } from '../lib/what-we-know/lists';
import { getMapConfig, getPositions, getSourceIndex } from './story-data';

export async function getWhatWeKnow(): Promise<WhatWeKnow> {
  const [map, positions, sources, entries] = await Promise.all([getMapConfig(), getPositions(), getSourceIndex(), getCollection('known')]);
  return whatWeKnow({ asOf: map.asOf, positions, entries: entries.map((e) => e.data), sources, base: import.meta.env.BASE_URL });
}

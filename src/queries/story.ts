// Collection queries shared by the pages. Pure logic lives in src/lib; this file only reads content.
// Every query takes the story's slug: a build may hold several stories (src/queries/stories.ts).
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { inStory, ownId } from '../lib/stories/entry-id';
import { sortSections } from '../lib/sections';
import type { StoryData } from '../schemas/story';

export type Section = CollectionEntry<'sections'>;
export type Story = StoryData;

/**
 * One story's sections in reading order, each with its own id (`troop-buildup`, not the store's
 * `macron-moscow/troop-buildup`); fails the build when two share an order number. Rendering still
 * works: render() finds an entry's MDX by its file path.
 */
export async function getSections(slug: string): Promise<Section[]> {
  return sortSections((await getCollection('sections', inStory(slug))).map((s) => ({ ...s, id: ownId(s.id) })));
}

/** A story's metadata (its story.yaml), with content/site.yaml's publisher and feedback where the story sets none. */
export async function getStory(slug: string): Promise<Story> {
  const [entry, site] = await Promise.all([getEntry('story', slug), getEntry('site', 'site')]);
  if (!entry) throw new Error(`content/stories/${slug}/story/story.yaml: no story "${slug}" in this build`);
  if (!site) throw new Error('content/site.yaml: not loaded');
  const { publisher = site.data.publisher ?? site.data.name, feedback = site.data.feedback } = entry.data.explainer;
  return { ...entry.data, explainer: { ...entry.data.explainer, publisher, ...(feedback ? { feedback } : {}) } };
}

// Collection queries shared by the pages. Pure logic lives in src/lib; this file only reads content.
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortSections } from '../lib/sections';

export type Section = CollectionEntry<'sections'>;
export type Story = CollectionEntry<'story'>['data'];

/** The story's sections in reading order; fails the build when two share an order number. */
export async function getSections(): Promise<Section[]> {
  return sortSections(await getCollection('sections'));
}

/** The single story metadata entry. */
export async function getStory(): Promise<Story> {
  const entries = await getCollection('story');
  if (entries.length !== 1) {
    throw new Error(`content/story/story.yaml must hold exactly one story, found ${entries.length}`);
  }
  return entries[0]!.data;
}

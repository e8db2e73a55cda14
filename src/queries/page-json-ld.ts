// The JSON-LD @graph nodes of a page other than the story (sections, positions, statements, the
// method page): src/lib/json-ld.ts's pageGraph with the story's addresses and the page's date filled in.
import { pageGraph, type PageLinks } from '../lib/json-ld';
import { METHOD_PATH, absoluteUrl } from '../lib/urls';
import { getPageDates } from './page-dates';
import { getStory } from './story';

export interface PageJsonLdInput extends Omit<PageLinks, 'storyUrl' | 'methodUrl' | 'url' | 'dateModified'> {
  /** Path of the page relative to its story's base, as given to Base. */
  path: string;
}

/** `base` is the story's base (routeBase in src/queries/stories.ts). */
export async function getPageGraph(slug: string, base: string, site: URL, { path, ...page }: PageJsonLdInput): Promise<Record<string, unknown>[]> {
  const [story, dates] = await Promise.all([getStory(slug), getPageDates(slug)]);
  const dateModified = dates.get(path);
  if (!dateModified) throw new Error(`no last-modified date for the page "${path}": add it to src/queries/page-dates.ts`);
  return pageGraph(story, {
    ...page,
    url: absoluteUrl(site, base, path),
    storyUrl: absoluteUrl(site, base),
    methodUrl: absoluteUrl(site, base, METHOD_PATH),
    dateModified,
  });
}

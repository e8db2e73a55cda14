// Which stories this build holds and where each one's pages live. The story routes sit under
// src/pages/[...story]/: the rest parameter is undefined when the build holds one story at the root
// (STORY=<slug>), and the story's slug when it holds every story (each under /<slug>/).
// Components learn their story from the route (Astro.params reaches every component, including
// the ones an MDX section uses), so none of them builds a path by hand.
import { getCollection, getEntry } from 'astro:content';
import { buildEnv } from '../lib/stories/plan';
import { storyBase } from '../lib/urls';
import { getStory, type Story } from './story';

/** The STORY being built alone at the root, or undefined when the build holds every story. */
export const singleStory = (): string | undefined => buildEnv(process.env).single;

type Params = Record<string, string | undefined>;

/** The slug of the page's story, or undefined on the index of stories (and the site-wide 404). */
export const routeSlug = (params: Params): string | undefined => params.story ?? singleStory();

/** The page's story slug; fails on a page that has none. */
export function storySlug(params: Params): string {
  const slug = routeSlug(params);
  if (!slug) throw new Error('This page belongs to a story, but the route names none');
  return slug;
}

/** The base the page's story paths join ("/" or "/macron-moscow/", under BASE_PATH). */
export const routeBase = (params: Params): string => storyBase(import.meta.env.BASE_URL, params.story);

/** The stories this build holds, newest first (then by slug), with the route parameter of each. */
export async function getBuiltStories(): Promise<{ slug: string; story: Story; param: string | undefined }[]> {
  const single = singleStory();
  const stories = await Promise.all((await getCollection('story')).map(async (e) => ({ slug: e.id, story: await getStory(e.id), param: single ? undefined : e.id })));
  return stories.sort((a, b) => b.story.published.localeCompare(a.story.published) || a.slug.localeCompare(b.slug));
}

/**
 * getStaticPaths for a story route: `paths(slug, base)` lists one story's pages (`base` is the
 * story's base, as routeBase() gives it on the page), and each gets the story's route parameter. With no `paths`, one page per story.
 */
export async function storyStaticPaths<P extends Params, Props extends Record<string, unknown>>(
  paths?: (slug: string, base: string) => Promise<{ params: P; props?: Props }[]>,
): Promise<{ params: P & { story: string | undefined }; props: Props & { slug: string } }[]> {
  const out: { params: P & { story: string | undefined }; props: Props & { slug: string } }[] = [];
  for (const { slug, param } of await getBuiltStories()) {
    const pages = paths ? await paths(slug, storyBase(import.meta.env.BASE_URL, param)) : [{ params: {} as P, props: {} as Props }];
    for (const page of pages) out.push({ params: { ...page.params, story: param }, props: { ...(page.props ?? ({} as Props)), slug } });
  }
  return out;
}

/** What every story shares (content/site.yaml). */
export async function getSite() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml: not loaded');
  return entry.data;
}

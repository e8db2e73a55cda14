// Which stories one build holds, and where they live in the site. Pure: the environment and the
// stories' draft flags come in, a plan comes out. The content loaders, the build-time validator and
// the pages all follow the same plan, so a story is either in every part of a build or in none.
//
//   STORY=<slug>  one story alone at the root of BASE_PATH (each explainer hosted at its own path)
//   (no STORY)    every published story under /<slug>/, and an index of the stories at /
//   DRAFTS=1      drafts are built too (a preview build); `astro dev` always shows them

/** A story folder's name, as it appears in URLs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Names a story may not take: in a build of every story, they sit beside the story folders. */
export const RESERVED_SLUGS = ['404', 'share'] as const;

/** Why a folder name cannot be a story slug, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
  if (!SLUG_PATTERN.test(slug)) return 'must be lower-case letters, digits and single hyphens, e.g. "budget-vote"';
  if ((RESERVED_SLUGS as readonly string[]).includes(slug)) return `is reserved for another page (${RESERVED_SLUGS.join(', ')})`;
  return undefined;
}

export interface BuildEnv {
  /** STORY: the one story to build at the root, or undefined for the site of every story. */
  single: string | undefined;
  /** DRAFTS=1 (or `astro dev`): build drafts too. */
  drafts: boolean;
}

/** Reads STORY and DRAFTS. */
export function buildEnv(env: Record<string, string | undefined>): BuildEnv {
  const single = env.STORY?.trim() || undefined;
  const drafts = ['1', 'true', 'yes'].includes((env.DRAFTS ?? '').trim().toLowerCase());
  return { single, drafts };
}

export interface StoryFlags {
  slug: string;
  draft: boolean;
}

export interface BuildPlan extends BuildEnv {
  /** The stories this build holds, in folder order. */
  slugs: string[];
}

/** The plan for `stories` (every folder under content/stories/); throws a message for the editor when STORY cannot be built. */
export function planBuild(stories: StoryFlags[], env: BuildEnv, storiesDir = 'content/stories'): BuildPlan {
  const { single, drafts } = env;
  if (single !== undefined) {
    const story = stories.find((s) => s.slug === single);
    if (!story) {
      const known = stories.map((s) => s.slug).join(', ') || 'none';
      throw new Error(`STORY=${single}: there is no story folder ${storiesDir}/${single}/ (stories: ${known})`);
    }
    if (story.draft && !drafts) {
      throw new Error(
        `STORY=${single} is a draft (draft: true in ${storiesDir}/${single}/story/story.yaml). ` +
          'Build a preview with DRAFTS=1, or set draft: false to publish it.',
      );
    }
    return { single, drafts, slugs: [single] };
  }
  return { single, drafts, slugs: stories.filter((s) => drafts || !s.draft).map((s) => s.slug) };
}

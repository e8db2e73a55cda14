// Where the test builds live and which deploy settings they are made with. Shared by the build
// globalSetup, the build checks and the e2e tests.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The canonical origin every test build uses (SITE_URL). */
export const SITE_URL = 'https://explainer.test';

export interface TestBuild {
  name: 'root' | 'subpath' | 'stories';
  /** Absolute path of the output folder. */
  dir: string;
  /** BASE_PATH as given to the build, and the base every internal URL must start with. */
  base: string;
}

/** The story the single-story builds hold (STORY), and that most tests were written for. */
export const MAIN_STORY = 'macron-moscow';

/** dist/ and dist-subpath/: the main story alone at the root of the base (STORY=macron-moscow), today's URLs. */
export const ROOT_BUILD: TestBuild = { name: 'root', dir: join(ROOT, 'dist'), base: '/' };
export const SUBPATH_BUILD: TestBuild = { name: 'subpath', dir: join(ROOT, 'dist-subpath'), base: '/deep/sub/path/' };
/**
 * dist-stories/: every published story of content/stories/, and the fictional fixture story, under
 * /kit/<slug>/, and the index of stories at /kit/ (npm run build without STORY), so both prefix
 * layers are exercised and the kit meets a story unlike ours without a build of its own.
 */
export const STORIES_BUILD: TestBuild = { name: 'stories', dir: join(ROOT, 'dist-stories'), base: '/kit/' };
/** The single-story builds, which most tests were written for. */
export const BUILDS = [ROOT_BUILD, SUBPATH_BUILD] as const;
/** Every test build, for the checks that hold for any page of any build (links, CSP, third parties). */
export const ALL_BUILDS = [ROOT_BUILD, SUBPATH_BUILD, STORIES_BUILD] as const;

/** The fictional story folders the stories build adds to content/stories/ (tests/fixtures/fictional-story/README.md). */
export const FICTIONAL_STORIES = 'tests/fixtures/fictional-story/stories';

/**
 * The content root of the stories build, relative to the project root: content/site.yaml and every
 * story of content/stories/ and FICTIONAL_STORIES, copied there by tests/setup/build-sites.ts.
 */
export const STORIES_CONTENT = 'dist-stories-content';

/** The environment each test build is made with, on top of SITE_URL. */
export const buildEnvOf = (b: TestBuild): Record<string, string> =>
  b.name === 'stories' ? { BASE_PATH: b.base, EXPLAINER_CONTENT_DIR: STORIES_CONTENT } : { BASE_PATH: b.base, STORY: MAIN_STORY };

export const CONTENT_DIR = join(ROOT, 'content', 'stories', MAIN_STORY, 'story');
export const RESULTS_DIR = join(ROOT, 'test-results');

// Where the test builds live and which deploy settings they are made with. Shared by the build
// globalSetup, the build checks and the e2e tests.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The canonical origin every test build uses (SITE_URL). */
export const SITE_URL = 'https://explainer.test';

export interface TestBuild {
  name: 'root' | 'subpath';
  /** Absolute path of the output folder. */
  dir: string;
  /** BASE_PATH as given to the build, and the base every internal URL must start with. */
  base: string;
}

export const ROOT_BUILD: TestBuild = { name: 'root', dir: join(ROOT, 'dist'), base: '/' };
export const SUBPATH_BUILD: TestBuild = { name: 'subpath', dir: join(ROOT, 'dist-subpath'), base: '/deep/sub/path/' };
export const BUILDS = [ROOT_BUILD, SUBPATH_BUILD] as const;

export const CONTENT_DIR = join(ROOT, 'content', 'story');
export const RESULTS_DIR = join(ROOT, 'test-results');

/// <reference types="vitest/config" />
// Three projects, all run by `npm test` (scripts/test.mjs):
//   unit   pure functions in src/lib and checks on the source content; no build needed
//   build  reads the generated HTML of the two test builds (root and /deep/sub/path/)
//   e2e    headless Chromium (playwright-core) against the same builds served on 127.0.0.1
// The build and e2e projects share one globalSetup that builds the sites once per run; the e2e
// project's files share one browser (tests/setup/shared-browser.ts).
import { getViteConfig } from 'astro/config';

const buildSites = 'tests/setup/build-sites.ts';
const sharedBrowser = 'tests/setup/shared-browser.ts';

export default getViteConfig({
  test: {
    // One test file at a time, on any machine: the build checks' own builds share Astro's content
    // cache, and two at once fail ("the collection does not exist"), as seen with 2 workers. On two
    // cores vitest's default is 1 anyway.
    maxWorkers: 1,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          globalSetup: [buildSites],
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: [buildSites, sharedBrowser],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});

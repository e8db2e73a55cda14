// Runs `astro build` on another content root (EXPLAINER_CONTENT_DIR: a folder with site.yaml and
// stories/<slug>/) into its own output folder, for the data tests' fixture builds, with that one
// story at the root (STORY). Never touches dist/ or the real story's content cache.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, type BuildResult } from '../helpers/astro-build';

/** Builds story `story` of the content root `contentDir` alone into `outDir`; resolves with the exit code and the log. */
export const buildWithContent = (contentDir: string, outDir: string, story: string): Promise<BuildResult> =>
  astroBuild(outDir, { EXPLAINER_CONTENT_DIR: contentDir, STORY: story });

/** Makes `root` a content root holding one story, `slug`, copied from the story folders `layers` (later ones override earlier files). */
export function contentRootWith(root: string, slug: string, layers: string[]): string {
  mkdirSync(join(root, 'stories'), { recursive: true });
  writeFileSync(join(root, 'site.yaml'), 'name: "Fixture Explainers"\ndescription: "A fictional site for the data tests."\n');
  for (const layer of layers) cpSync(layer, join(root, 'stories', slug), { recursive: true });
  return join(root, 'stories', slug);
}

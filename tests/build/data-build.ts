// Runs `astro build` on another content folder (EXPLAINER_CONTENT_DIR) into its own output folder,
// for the data tests' fixture builds. Never touches dist/ or the real story's content cache.
import { astroBuild, type BuildResult } from '../helpers/astro-build';

/** Builds the site from `contentDir` into `outDir`; resolves with the exit code and the log. */
export const buildWithContent = (contentDir: string, outDir: string): Promise<BuildResult> =>
  astroBuild(outDir, { EXPLAINER_CONTENT_DIR: contentDir });

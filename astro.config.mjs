// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { normaliseBasePath, normaliseSiteUrl } from './src/lib/deploy-paths.mjs';
import validateData from './src/integrations/validate-data.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import mapIntent from './src/integrations/map-intent/index.ts';
import { tileLayerConfig } from './src/lib/map/tiles.mjs';

// Deploy settings come from the environment so one build recipe serves every host:
//   SITE_URL  = the canonical origin, e.g. https://news.example.org
//   BASE_PATH = the sub-path the folder is served from, e.g. /explainers/macron-moscow/
const site = normaliseSiteUrl(process.env.SITE_URL);
const base = normaliseBasePath(process.env.BASE_PATH);
// Optional raster tiles (off by default): their host is the only one the CSP then allows for images.
const tiles = tileLayerConfig(process.env);
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(`[explainer] SITE_URL is not set: canonical links and share tags will point to ${site}`);
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7 defaults to 'jsx', which drops the spaces between lines of text in .astro files.
  compressHTML: true,
  // Astro hashes every inline script and style into a per-page CSP <meta>; no 'unsafe-inline'.
  // Everything else is same-origin: the explainer makes no third-party requests by default.
  // (frame-ancestors is left out so any newsroom can frame /embed/map/.)
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        tiles ? `img-src 'self' data: ${tiles.origin}` : "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: { syntaxHighlight: false },
  // Inline every imported constant (Rolldown inlines only some by default). The names the browser
  // scripts share (src/lib/contracts.ts) are constants in one module; inlined, they cost no shared
  // chunk and no import in each early script, so the JavaScript before intent does not grow.
  vite: { build: { rolldownOptions: { optimization: { inlineConst: { mode: 'all', pass: 2 } } } } },
  // validateData first: it fails the build on bad story data before Astro loads any content.
  // mapIntent adds client:intent, which hydrates the live map when the reader reaches for it.
  integrations: [validateData(), mdx(), react(), mapIntent(), securityHeaders()],
});

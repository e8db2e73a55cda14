// Registers client:intent (./directive.ts) with Astro: the live map's island hydrates on the reader's
// intent rather than on load. Astro builds the directive with esbuild, inlines it into the pages that
// use it and adds its hash to their CSP script-src, so it needs no 'unsafe-inline'.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function mapIntent(): AstroIntegration {
  return {
    name: 'explainer:map-intent',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}

// The custom client directive added by src/integrations/map-intent.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the reader's intent: pointer over, focus in, a tap, or a <Place> link. */
    'client:intent'?: boolean;
  }
}

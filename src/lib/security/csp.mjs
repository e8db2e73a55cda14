// Plain .mjs: read by astro.config.mjs before TypeScript is set up.

/**
 * The directives every page gets besides the script-src and style-src hashes Astro computes.
 * Everything is same-origin: the explainer makes no third-party requests by default.
 * (frame-ancestors is deliberately absent so /embed/map/ can be framed by any newsroom.)
 * @type {`${string} ${string}`[]}
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

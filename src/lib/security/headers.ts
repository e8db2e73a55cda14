// Builds the `_headers` file (read by Netlify, Cloudflare Pages and others) from the CSP that Astro
// put in each page's <meta>, so the header policy is the same policy, covering every page's hashes.

const CSP_META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** The CSP of one HTML page, as directive name → sources, or null if the page has none. */
export function readMetaCsp(html: string): Map<string, string[]> | null {
  const match = CSP_META.exec(html);
  if (!match) return null;
  const directives = new Map<string, string[]>();
  for (const part of match[1]!.replace(/&#39;/g, "'").split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

/** One policy allowing what any page allows: the union of each directive's sources, in first-seen order. */
export function mergePolicies(policies: Map<string, string[]>[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const set = merged.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s));
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `_headers` file for a site served from `base` ("/" or "/sub/path/"). Only hashed assets get a
 * Cache-Control: hosts join the headers of every matching rule, so a site-wide one would clash.
 * Access-Control-Allow-Origin: * on every file, as GitHub Pages sends it: CMSs frame oEmbed iframes
 * in a sandbox without allow-same-origin, where /embed/map/ has an opaque origin ("null"), so its
 * module scripts, the map data and any web font are cross-origin CORS requests to this site; without
 * the header the live map cannot load there. Everything here is public and no request carries
 * credentials, so "*" exposes nothing that is not already published.
 * No Cross-Origin-Opener-Policy: a tab opened from such a sandbox keeps its sandbox flags, and Chromium
 * refuses to load a page with any COOP but unsafe-none there, so the embed's credit link would open an error.
 */
export function headersFile(base: string, policy: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    '  Access-Control-Allow-Origin: *',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

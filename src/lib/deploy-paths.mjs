// @ts-check
// Plain .mjs so astro.config.mjs can import it before TypeScript is set up.

/** Used when SITE_URL is not set; the build warns, because canonical URLs then point here. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * Turns a BASE_PATH such as "explainers/macron-moscow" or "/deep/sub/path/" into "/…/" form.
 * @param {string | undefined} value
 * @returns {string}
 */
export function normaliseBasePath(value) {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (/[?#\s]/.test(trimmed) || trimmed.includes('://')) {
    throw new Error(`BASE_PATH must be a path such as /explainers/budget-vote/, got "${value}"`);
  }
  const segments = trimmed.split('/').filter(Boolean);
  return `/${segments.join('/')}/`;
}

/**
 * Checks SITE_URL is an http(s) origin and returns it without a trailing slash or path.
 * @param {string | undefined} value
 * @returns {string}
 */
export function normaliseSiteUrl(value) {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return DEFAULT_SITE_URL;
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://news.example.org, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, got "${value}"`);
  }
  if (url.pathname !== '/' && url.pathname !== '') {
    throw new Error(`SITE_URL is the origin only; put the sub-path in BASE_PATH (got "${value}")`);
  }
  return url.origin;
}

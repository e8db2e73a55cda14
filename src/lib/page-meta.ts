// Page-level head metadata shared by every page: titles that fit search results and share cards,
// the Open Graph locale, and the date a page last changed.
import { dateModified, type Correction } from './corrections';
import { formatShortDate } from './format/dates';

/**
 * Longest <title> and og:title we publish. Search results and most share cards cut titles beyond
 * about 60–70 characters, mid-word; a newsroom's web team checks this limit.
 */
export const MAX_TITLE_LENGTH = 70;

/**
 * Our pages' text follows British usage ("town centre", dates as "7 Feb 2022"), so og:locale is
 * en_GB; the document language stays the plain "en".
 */
export const OG_LOCALE = 'en_GB';

/**
 * `text` cut at a word boundary, with "…", so that it is at most `max` characters; unchanged when
 * it already fits. A single word longer than `max` is cut inside the word (no boundary exists).
 */
export function clampTitle(text: string, max = MAX_TITLE_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cutAt = (limit: number) => {
    const room = clean.slice(0, limit);
    const space = room.lastIndexOf(' ');
    // Drop a dangling separator or punctuation left at the cut ("… ·", "…,").
    return (space > 0 ? room.slice(0, space) : room).replace(/[\s·:;,–—-]+$/u, '');
  };
  const cut = cutAt(max - 1);
  if (!opensQuote(cut)) return `${cut}…`;
  // A cut inside a quotation closes it, so a title never leaves a quote open.
  const shorter = cutAt(max - 2);
  return opensQuote(shorter) ? `${shorter}…”` : `${shorter}…`;
}

const opensQuote = (text: string): boolean => (text.match(/“/g) ?? []).length > (text.match(/”/g) ?? []).length;

/**
 * A page's <title>: its own name, then the site's name when both fit within the limit
 * ("US troops head east · Macron in Moscow explainer"), else a shorter "· Explainer", else the name
 * alone, cut at a word boundary when even that is too long.
 */
export function pageTitle(name: string, shortTitle: string, max = MAX_TITLE_LENGTH): string {
  for (const suffix of [` · ${shortTitle} explainer`, ' · Explainer']) {
    const title = `${name}${suffix}`;
    if (title.length <= max) return title;
  }
  return clampTitle(name, max);
}

/**
 * The day a page last changed: the newest correction that applies to it, else the story's
 * publication date. Sitemap <lastmod>, article:modified_time and JSON-LD dateModified all use it.
 */
export const pageModified = (corrections: Correction[], published: string, applies: (c: Correction) => boolean = () => true): string =>
  dateModified(corrections.filter(applies), published);

/**
 * A meta description with its date in front, "7 Feb 2022: Washington warns …", so that a summary
 * written in the present ("could attack any day now", "over the weekend") never reads as current
 * when it is shared or shown in search results.
 */
export const datedDescription = (text: string, isoDate: string): string => `${formatShortDate(isoDate)}: ${text}`;

import type { StoryData } from '../schemas/story';
import { correctionsJsonLd, dateModified, type Correction } from './corrections';

interface NewsArticleLinks {
  /** Canonical URL of the full story. */
  url: string;
  /** Absolute URL of the share image. */
  image: string;
  sections: { name: string; url: string }[];
  /** The corrections log: gives dateModified and one CorrectionComment per entry. */
  corrections?: Correction[];
}

/** schema.org NewsArticle for the full story. No author: the byline is unknown and never guessed. */
export function newsArticleJsonLd(story: StoryData, links: NewsArticleLinks): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.dek,
    datePublished: story.published,
    ...(links.corrections?.length
      ? { dateModified: dateModified(links.corrections, story.published), correction: correctionsJsonLd(links.corrections) }
      : {}),
    inLanguage: 'en',
    url: links.url,
    mainEntityOfPage: links.url,
    image: [links.image],
    isAccessibleForFree: true,
    publisher: { '@type': 'Organization', name: story.outlet.name },
    creditText:
      story.outlet.certainty === 'likely'
        ? `Originally published by ${story.outlet.name} (most likely; the original page was not found)`
        : `Originally published by ${story.outlet.name}`,
    hasPart: links.sections.map((s) => ({ '@type': 'WebPageElement', name: s.name, url: s.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block. "<" is escaped so text such as
 * "</script>" inside the data can never end the block early.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

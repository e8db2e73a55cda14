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

interface StoryListItem {
  /** Absolute URL of the story's page. */
  url: string;
  headline: string;
  /** The standfirst. */
  description: string;
  /** YYYY-MM-DD. */
  published: string;
  /** Absolute URL of the story's share image. */
  image: string;
}

/** schema.org CollectionPage for the index of stories: an ItemList of the stories in the order shown. */
export function storyIndexJsonLd(site: { name: string; description: string; url: string }, stories: StoryListItem[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: 'en',
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: stories.length,
      itemListElement: stories.map((s, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: s.url,
        item: { '@type': 'NewsArticle', headline: s.headline, description: s.description, datePublished: s.published, image: [s.image], url: s.url },
      })),
    },
  };
}

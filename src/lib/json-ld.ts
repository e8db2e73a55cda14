// schema.org JSON-LD for every page. The story page carries the one NewsArticle (by the explainer's
// own author and publisher; the original article is under isBasedOn); every other page carries a
// WebPage that points at it by @id, a BreadcrumbList back to the story, and the publisher with its
// publishing principles and corrections policy.
import type { StoryData } from '../schemas/story';
import { correctionsJsonLd, dateModified, type Correction } from './corrections';
import { isWebAddress } from './urls';

type Node = Record<string, unknown>;

/** The addresses every page's JSON-LD refers to. */
export interface StoryUrls {
  /** Canonical URL of the full story. */
  storyUrl: string;
  /** Absolute URL of the "How we made this" page. */
  methodUrl: string;
}

/** An image listed in `image`: Google reads each one's size to pick a shape. */
export interface JsonLdImage {
  url: string;
  width: number;
  height: number;
}

/** The @id of the story's NewsArticle: every other page and Quotation points at it. */
export const articleId = (storyUrl: string): string => `${storyUrl}#article`;
/** The @id of the explainer's publisher. */
export const publisherId = (storyUrl: string): string => `${storyUrl}#publisher`;

/** "Originally published by The Hill (likely; …)": the original outlet, with how sure we are of it. */
export const outletCredit = (story: StoryData): string =>
  story.outlet.certainty === 'likely'
    ? `Originally published by ${story.outlet.name} (likely; the original page was not found)`
    : `Originally published by ${story.outlet.name}`;

/** The publisher of our pages (story.yaml `explainer`), with its principles, corrections policy and feedback address. */
export function publisherJsonLd(story: StoryData, urls: StoryUrls): Node {
  const feedback = story.explainer.feedback;
  return {
    '@type': 'Organization',
    '@id': publisherId(urls.storyUrl),
    name: story.explainer.publisher,
    url: urls.storyUrl,
    publishingPrinciples: urls.methodUrl,
    correctionsPolicy: `${urls.methodUrl}#corrections`,
    ...(feedback
      ? { contactPoint: { '@type': 'ContactPoint', contactType: 'corrections and feedback', ...(isWebAddress(feedback) ? { url: feedback } : { email: feedback }) } }
      : {}),
  };
}

const imageObjects = (images: JsonLdImage[]): Node[] => images.map((i) => ({ '@type': 'ImageObject', url: i.url, width: i.width, height: i.height }));

/** The original article this explainer reproduces: outlet, headline, date, and how sure we are of the outlet. */
function originalArticle(story: StoryData): Node {
  return {
    '@type': 'NewsArticle',
    headline: story.headline,
    datePublished: story.published,
    publisher: { '@type': 'Organization', name: story.outlet.name },
    creditText: outletCredit(story),
    ...(story.outlet.note ? { description: story.outlet.note } : {}),
    ...(story.author ? { author: { '@type': 'Person', name: story.author } } : {}),
    ...(story.url ? { url: story.url } : {}),
  };
}

interface NewsArticleLinks extends StoryUrls {
  /** The share images in Google's three shapes. */
  images: JsonLdImage[];
  sections: { name: string; url: string }[];
  /**
   * The statements' Quotations, by @id and the URL of each one's own page, which carries the whole
   * Quotation (words, speaker, date, sources: src/lib/statements/quotation-json-ld.ts).
   */
  quotations?: { id: string; url: string }[];
  /** The corrections log: gives dateModified and one CorrectionComment per entry. */
  corrections?: Correction[];
}

/**
 * schema.org NewsArticle for the full story, by the explainer's own author and publisher. The
 * original outlet is named only under isBasedOn, never as our publisher. Its parts are the sections'
 * pages and the statements' Quotations, referred to by @id: each Quotation is written out once, on
 * its statement's page, so the story's first view does not carry them all.
 */
export function newsArticleJsonLd(story: StoryData, links: NewsArticleLinks): Node {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': articleId(links.storyUrl),
    headline: story.headline,
    description: story.dek,
    genre: 'Explainer',
    datePublished: story.published,
    dateModified: dateModified(links.corrections ?? [], story.published),
    ...(links.corrections?.length ? { correction: correctionsJsonLd(links.corrections, links.storyUrl) } : {}),
    inLanguage: 'en',
    url: links.storyUrl,
    mainEntityOfPage: links.storyUrl,
    image: imageObjects(links.images),
    isAccessibleForFree: true,
    author: { '@type': 'Organization', name: story.explainer.author },
    publisher: publisherJsonLd(story, links),
    publishingPrinciples: links.methodUrl,
    isBasedOn: originalArticle(story),
    creditText: outletCredit(story),
    hasPart: [
      ...links.sections.map((s) => ({ '@type': 'WebPageElement', name: s.name, url: s.url })),
      ...(links.quotations ?? []).map((q) => ({ '@type': 'Quotation', '@id': q.id, url: q.url })),
    ],
  };
}

/** A page other than the story: what it is, where it sits under the story, and when it last changed. */
export interface PageLinks extends StoryUrls {
  /** schema.org type of the page: a section or table page is a WebPage, the method page an AboutPage. */
  type?: 'WebPage' | 'AboutPage';
  url: string;
  name: string;
  description: string;
  /** YYYY-MM-DD. */
  dateModified: string;
  /** Breadcrumb levels between the story and this page, e.g. a statement's section. */
  trail?: { name: string; url: string }[];
  images?: JsonLdImage[];
  /** The @id of the page's main item (a statement page's Quotation). */
  mainEntity?: string;
}

/** A BreadcrumbList from the story (first) to the page itself (last). */
export function breadcrumbJsonLd(items: { name: string; url: string }[], id: string): Node {
  return {
    '@type': 'BreadcrumbList',
    '@id': id,
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * The @graph nodes of a page other than the story: its WebPage (part of the story's NewsArticle, by
 * @id), its BreadcrumbList back to the story, and the publisher.
 */
export function pageGraph(story: StoryData, page: PageLinks): Node[] {
  const breadcrumbId = `${page.url}#breadcrumb`;
  return [
    {
      '@type': page.type ?? 'WebPage',
      '@id': page.url,
      url: page.url,
      name: page.name,
      description: page.description,
      inLanguage: 'en',
      datePublished: story.published,
      dateModified: page.dateModified,
      isPartOf: { '@id': articleId(page.storyUrl), url: page.storyUrl },
      breadcrumb: { '@id': breadcrumbId },
      publisher: { '@id': publisherId(page.storyUrl) },
      ...(page.images?.length ? { image: imageObjects(page.images) } : {}),
      ...(page.mainEntity ? { mainEntity: { '@id': page.mainEntity } } : {}),
    },
    breadcrumbJsonLd([{ name: story.headline, url: page.storyUrl }, ...(page.trail ?? []), { name: page.name, url: page.url }], breadcrumbId),
    publisherJsonLd(story, page),
  ];
}

/** A JSON-LD document of @graph nodes. */
export const graphJsonLd = (nodes: Node[]): Node => ({ '@context': 'https://schema.org', '@graph': nodes });

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

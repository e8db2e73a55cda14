import { describe, expect, it } from 'vitest';
import { articleId, breadcrumbJsonLd, newsArticleJsonLd, outletCredit, pageGraph, publisherJsonLd, serialiseJsonLd, storyIndexJsonLd } from '../../src/lib/json-ld';
import type { StoryData } from '../../src/schemas/story';

const story: StoryData = {
  headline: 'Macron visiting Russia in push to deescalate tensions',
  dek: 'France’s president meets Vladimir Putin in Moscow.',
  shortTitle: 'Macron in Moscow',
  published: '2022-02-07',
  outlet: { name: 'The Hill', certainty: 'likely', note: 'Not found.' },
  textSource: 'Syndicated copy.',
  editorialNote: 'Headings are ours.',
  draft: false,
  explainer: { author: 'The explainer team', publisher: 'Macron in Moscow explainer' },
};
const urls = { storyUrl: 'https://explainer.test/', methodUrl: 'https://explainer.test/how-we-made-this/' };
const images = [
  { url: 'https://explainer.test/share/16x9/story.png', width: 1200, height: 675 },
  { url: 'https://explainer.test/share/1x1/story.png', width: 1200, height: 1200 },
];
const links = { ...urls, images, sections: [{ name: 'One', url: 'https://explainer.test/one/' }] };

describe('newsArticleJsonLd', () => {
  const data = newsArticleJsonLd(story, links);
  it('is a schema.org NewsArticle with an @id, the publication date, images with their sizes and links', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://explainer.test/#article',
      headline: story.headline,
      description: story.dek,
      datePublished: '2022-02-07',
      dateModified: '2022-02-07',
      url: urls.storyUrl,
      mainEntityOfPage: urls.storyUrl,
      image: images.map((i) => ({ '@type': 'ImageObject', ...i })),
      hasPart: [{ '@type': 'WebPageElement', name: 'One', url: 'https://explainer.test/one/' }],
    });
  });
  it('names the statements’ Quotations among its parts by @id and page, never writing them out', () => {
    const quotations = [{ id: 'https://explainer.test/#statement-a', url: 'https://explainer.test/statements/a/' }];
    const withQuotes = newsArticleJsonLd(story, { ...links, quotations });
    expect(withQuotes.hasPart).toEqual([
      { '@type': 'WebPageElement', name: 'One', url: 'https://explainer.test/one/' },
      { '@type': 'Quotation', '@id': quotations[0]!.id, url: quotations[0]!.url },
    ]);
  });
  it('is by the explainer’s own author and publisher, never the original outlet', () => {
    expect(data.author).toEqual({ '@type': 'Organization', name: 'The explainer team' });
    expect(data.publisher).toMatchObject({ '@type': 'Organization', name: 'Macron in Moscow explainer' });
    expect(JSON.stringify(data.publisher)).not.toContain('The Hill');
  });
  it('names its publishing principles and corrections policy', () => {
    expect(data.publishingPrinciples).toBe(urls.methodUrl);
    expect(data.publisher).toMatchObject({ publishingPrinciples: urls.methodUrl, correctionsPolicy: `${urls.methodUrl}#corrections` });
  });
  it('puts the original article under isBasedOn with its outlet, headline, date and how sure we are', () => {
    expect(data.isBasedOn).toEqual({
      '@type': 'NewsArticle',
      headline: story.headline,
      datePublished: '2022-02-07',
      publisher: { '@type': 'Organization', name: 'The Hill' },
      creditText: 'Originally published by The Hill (likely; the original page was not found)',
      description: 'Not found.',
    });
  });
  it('never guesses the original’s byline or address', () => {
    expect(JSON.stringify(data.isBasedOn)).not.toMatch(/"author"|"url"/);
    const known = newsArticleJsonLd({ ...story, author: 'A. Writer', url: 'https://news.test/a' }, links).isBasedOn;
    expect(known).toMatchObject({ author: { '@type': 'Person', name: 'A. Writer' }, url: 'https://news.test/a' });
  });
  it('says "likely", never "most likely", when the outlet is inferred', () => {
    expect(outletCredit(story)).toBe('Originally published by The Hill (likely; the original page was not found)');
    expect(JSON.stringify(data)).not.toMatch(/most likely/);
    expect(outletCredit({ ...story, outlet: { name: 'The Hill', certainty: 'confirmed' } })).toBe('Originally published by The Hill');
  });
});

describe('publisherJsonLd', () => {
  it('gives the feedback address as a contact point only when it is set', () => {
    expect(publisherJsonLd(story, urls)).not.toHaveProperty('contactPoint');
    const mail = publisherJsonLd({ ...story, explainer: { ...story.explainer, feedback: 'desk@news.test' } }, urls);
    expect(mail.contactPoint).toMatchObject({ '@type': 'ContactPoint', email: 'desk@news.test' });
    const page = publisherJsonLd({ ...story, explainer: { ...story.explainer, feedback: 'https://news.test/contact' } }, urls);
    expect(page.contactPoint).toMatchObject({ '@type': 'ContactPoint', url: 'https://news.test/contact' });
  });
});

describe('pageGraph', () => {
  const graph = pageGraph(story, {
    ...urls,
    url: 'https://explainer.test/statements/x/',
    name: 'Speaker: “words”',
    description: 'What the speaker said.',
    dateModified: '2026-12-01',
    trail: [{ name: 'Section', url: 'https://explainer.test/one/' }],
    mainEntity: 'https://explainer.test/#statement-x',
  });
  it('is a WebPage that is part of the story’s NewsArticle by @id, never a second NewsArticle', () => {
    const [page] = graph;
    expect(page).toMatchObject({ '@type': 'WebPage', '@id': 'https://explainer.test/statements/x/', dateModified: '2026-12-01', mainEntity: { '@id': 'https://explainer.test/#statement-x' } });
    expect(page!.isPartOf).toEqual({ '@id': articleId(urls.storyUrl), url: urls.storyUrl });
    expect(graph.some((n) => n['@type'] === 'NewsArticle')).toBe(false);
  });
  it('has a BreadcrumbList from the story through the trail to the page', () => {
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
    expect(crumbs.itemListElement.map((i) => [i.position, i.item])).toEqual([
      [1, urls.storyUrl],
      [2, 'https://explainer.test/one/'],
      [3, 'https://explainer.test/statements/x/'],
    ]);
    expect(breadcrumbJsonLd([], 'x#b')).toEqual({ '@type': 'BreadcrumbList', '@id': 'x#b', itemListElement: [] });
  });
  it('carries the publisher with its principles', () => {
    expect(graph.find((n) => n['@type'] === 'Organization')).toMatchObject({ name: 'Macron in Moscow explainer', publishingPrinciples: urls.methodUrl });
  });
});

describe('serialiseJsonLd', () => {
  it('cannot close the surrounding <script> early', () => {
    const json = serialiseJsonLd({ headline: 'a </script><script>alert(1)</script> <!-- b' });
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
  });
  it('escapes the line and paragraph separators', () => {
    const json = serialiseJsonLd({ t: 'a\u2028b\u2029c' });
    expect(json).not.toMatch(/[\u2028\u2029]/);
  });
  it('round-trips to the same data', () => {
    const data = { headline: '“Quoted” </script> & <b>', n: 1, list: ['\u2028'] };
    expect(JSON.parse(serialiseJsonLd(data))).toEqual(data);
  });
});

describe('storyIndexJsonLd', () => {
  it('lists the stories as a CollectionPage ItemList, in the order given', () => {
    const item = (n: number) => ({
      url: `https://x.test/kit/s${n}/`,
      headline: `Headline ${n}`,
      description: `Dek ${n}`,
      published: `2022-02-0${n}`,
      image: `https://x.test/kit/s${n}/share/story.png`,
    });
    const ld = storyIndexJsonLd({ name: 'Explainers', description: 'About the site.', url: 'https://x.test/kit/' }, [item(2), item(1)]);
    expect(ld['@type']).toBe('CollectionPage');
    expect(ld.url).toBe('https://x.test/kit/');
    const list = ld.mainEntity as { numberOfItems: number; itemListElement: { position: number; url: string; item: { headline: string; datePublished: string } }[] };
    expect(list.numberOfItems).toBe(2);
    expect(list.itemListElement.map((e) => [e.position, e.url, e.item.headline, e.item.datePublished])).toEqual([
      [1, 'https://x.test/kit/s2/', 'Headline 2', '2022-02-02'],
      [2, 'https://x.test/kit/s1/', 'Headline 1', '2022-02-01'],
    ]);
  });
});

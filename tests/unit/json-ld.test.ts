import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serialiseJsonLd, storyIndexJsonLd } from '../../src/lib/json-ld';
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
};
const links = {
  url: 'https://explainer.test/',
  image: 'https://explainer.test/share/story.png',
  sections: [{ name: 'One', url: 'https://explainer.test/one/' }],
};

describe('newsArticleJsonLd', () => {
  const data = newsArticleJsonLd(story, links);
  it('is a schema.org NewsArticle with the publication date and links', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      description: story.dek,
      datePublished: '2022-02-07',
      url: links.url,
      mainEntityOfPage: links.url,
      image: [links.image],
      publisher: { '@type': 'Organization', name: 'The Hill' },
      hasPart: [{ '@type': 'WebPageElement', name: 'One', url: 'https://explainer.test/one/' }],
    });
  });
  it('never names an author', () => {
    expect(data).not.toHaveProperty('author');
    expect(JSON.stringify(data)).not.toMatch(/author/i);
  });
  it('says when the outlet is only likely', () => {
    expect(data.creditText).toMatch(/most likely/);
    expect(newsArticleJsonLd({ ...story, outlet: { name: 'The Hill', certainty: 'confirmed' } }, links).creditText).toBe(
      'Originally published by The Hill',
    );
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

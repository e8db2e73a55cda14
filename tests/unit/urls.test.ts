import { describe, expect, it } from 'vitest';
import { absoluteUrl, sectionPath, shareImagePath, withBase } from '../../src/lib/urls';

describe('withBase', () => {
  it('joins the root base and a path', () => {
    expect(withBase('/', 'troop-buildup/')).toBe('/troop-buildup/');
    expect(withBase('/')).toBe('/');
  });
  it('joins a sub-path base, with or without its trailing slash', () => {
    expect(withBase('/deep/sub/path/', 'troop-buildup/')).toBe('/deep/sub/path/troop-buildup/');
    expect(withBase('/deep/sub/path', 'troop-buildup/')).toBe('/deep/sub/path/troop-buildup/');
    expect(withBase('/deep/sub/path/')).toBe('/deep/sub/path/');
  });
  it('never doubles the slash when the path starts with one', () => {
    expect(withBase('/deep/', '/favicon.svg')).toBe('/deep/favicon.svg');
    expect(withBase('/', '//favicon.svg')).toBe('/favicon.svg');
  });
});

describe('absoluteUrl', () => {
  it('builds canonical URLs at the root and under a sub-path', () => {
    expect(absoluteUrl('https://explainer.test', '/', '')).toBe('https://explainer.test/');
    expect(absoluteUrl('https://explainer.test', '/', 'any-day-now/')).toBe('https://explainer.test/any-day-now/');
    expect(absoluteUrl('https://explainer.test', '/deep/sub/path/', 'any-day-now/')).toBe(
      'https://explainer.test/deep/sub/path/any-day-now/',
    );
  });
  it('accepts a URL object for the site (Astro.site) and ignores its path', () => {
    expect(absoluteUrl(new URL('https://explainer.test/'), '/x/', 'share/story.png')).toBe(
      'https://explainer.test/x/share/story.png',
    );
  });
});

describe('page paths', () => {
  it('section pages end with a slash (trailingSlash: always)', () => {
    expect(sectionPath('troop-buildup')).toBe('troop-buildup/');
  });
  it('share images are PNGs under share/', () => {
    expect(shareImagePath('story')).toBe('share/story.png');
    expect(shareImagePath('troop-buildup')).toBe('share/troop-buildup.png');
  });
});

describe('share shapes and the feedback link', () => {
  it('lists Google’s three shapes, each at least 1200 px wide, with their paths', async () => {
    const { SHARE_SHAPES, shareShapeImages } = await import('../../src/lib/urls');
    for (const [shape, { width, height }] of Object.entries(SHARE_SHAPES)) {
      expect(width).toBeGreaterThanOrEqual(1200);
      const [w, h] = shape.split('x').map(Number);
      expect(width * h!).toBe(height * w!);
    }
    expect(shareShapeImages('https://x.test', '/sub/', 'story').map((i) => i.url)).toEqual([
      'https://x.test/sub/share/16x9/story.png',
      'https://x.test/sub/share/4x3/story.png',
      'https://x.test/sub/share/1x1/story.png',
    ]);
  });
  it('links an email address with mailto: and a web page as is', async () => {
    const { feedbackHref } = await import('../../src/lib/urls');
    expect(feedbackHref('desk@news.test')).toBe('mailto:desk@news.test');
    expect(feedbackHref('https://news.test/contact')).toBe('https://news.test/contact');
  });
});

describe('story.yaml explainer block', () => {
  it('accepts an email or web address for feedback, and rejects anything else', async () => {
    const { storySchema } = await import('../../src/schemas/story');
    const base = { headline: 'A headline long enough', dek: 'A dek long enough', shortTitle: 'Short', published: '2022-02-07', outlet: { name: 'O', certainty: 'confirmed' }, textSource: 't', editorialNote: 'e' };
    const explainer = { author: 'Team', publisher: 'Site' };
    expect(storySchema.safeParse({ ...base, explainer }).success).toBe(true);
    expect(storySchema.safeParse({ ...base, explainer: { ...explainer, feedback: 'desk@news.test' } }).success).toBe(true);
    expect(storySchema.safeParse({ ...base, explainer: { ...explainer, feedback: 'https://news.test/contact' } }).success).toBe(true);
    expect(storySchema.safeParse({ ...base, explainer: { ...explainer, feedback: 'call us' } }).success).toBe(false);
    // The explainer's own author and publisher must be set: never left to default to the original outlet.
    expect(storySchema.safeParse(base).success).toBe(false);
  });
});

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

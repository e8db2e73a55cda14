import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normaliseBasePath, normaliseSiteUrl } from '../../src/lib/deploy-paths.mjs';

describe('normaliseBasePath', () => {
  it('defaults to the root', () => {
    expect(normaliseBasePath(undefined)).toBe('/');
    expect(normaliseBasePath('')).toBe('/');
    expect(normaliseBasePath('  ')).toBe('/');
    expect(normaliseBasePath('/')).toBe('/');
  });
  it('adds the leading and trailing slashes and collapses doubled ones', () => {
    expect(normaliseBasePath('explainers/macron-moscow')).toBe('/explainers/macron-moscow/');
    expect(normaliseBasePath('/deep/sub/path/')).toBe('/deep/sub/path/');
    expect(normaliseBasePath('//deep//sub/path')).toBe('/deep/sub/path/');
    expect(normaliseBasePath(' /x/ ')).toBe('/x/');
  });
  it('rejects URLs, queries, fragments and spaces', () => {
    for (const bad of ['https://example.org/x/', '/x?y', '/x#y', '/a b/']) {
      expect(() => normaliseBasePath(bad), bad).toThrow(/BASE_PATH/);
    }
  });
});

describe('normaliseSiteUrl', () => {
  it('defaults to the local dev origin', () => {
    expect(normaliseSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(normaliseSiteUrl('')).toBe(DEFAULT_SITE_URL);
  });
  it('returns the origin without a trailing slash', () => {
    expect(normaliseSiteUrl('https://explainer.test/')).toBe('https://explainer.test');
    expect(normaliseSiteUrl(' https://News.Example.org ')).toBe('https://news.example.org');
    expect(normaliseSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
  });
  it('rejects non-URLs, other schemes and paths', () => {
    expect(() => normaliseSiteUrl('explainer.test')).toThrow(/absolute URL/);
    expect(() => normaliseSiteUrl('ftp://explainer.test')).toThrow(/https:\/\/ or http:\/\//);
    expect(() => normaliseSiteUrl('https://explainer.test/deep/')).toThrow(/BASE_PATH/);
  });
});

import { describe, expect, it } from 'vitest';
import { buildEnv, planBuild, slugProblem } from '../../src/lib/stories/plan';
import { inStory, ownId, storyEntryId } from '../../src/lib/stories/entry-id';
import { storyBase, storyPrefix, withBase } from '../../src/lib/urls';

const stories = [
  { slug: 'alpha', draft: false },
  { slug: 'beta', draft: true },
  { slug: 'gamma', draft: false },
];

describe('buildEnv', () => {
  it('reads STORY and DRAFTS', () => {
    expect(buildEnv({})).toEqual({ single: undefined, drafts: false });
    expect(buildEnv({ STORY: ' alpha ', DRAFTS: '1' })).toEqual({ single: 'alpha', drafts: true });
    expect(buildEnv({ STORY: '', DRAFTS: '0' })).toEqual({ single: undefined, drafts: false });
  });
});

describe('planBuild', () => {
  it('builds every published story without STORY, drafts only with DRAFTS', () => {
    expect(planBuild(stories, { single: undefined, drafts: false }).slugs).toEqual(['alpha', 'gamma']);
    expect(planBuild(stories, { single: undefined, drafts: true }).slugs).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('builds one story with STORY', () => {
    expect(planBuild(stories, { single: 'gamma', drafts: false })).toEqual({ single: 'gamma', drafts: false, slugs: ['gamma'] });
    expect(planBuild(stories, { single: 'beta', drafts: true }).slugs).toEqual(['beta']);
  });

  it('refuses a draft STORY without DRAFTS, and an unknown STORY, saying why', () => {
    expect(() => planBuild(stories, { single: 'beta', drafts: false })).toThrow(
      'STORY=beta is a draft (draft: true in content/stories/beta/story/story.yaml). Build a preview with DRAFTS=1, or set draft: false to publish it.',
    );
    expect(() => planBuild(stories, { single: 'delta', drafts: false })).toThrow(
      'STORY=delta: there is no story folder content/stories/delta/ (stories: alpha, beta, gamma)',
    );
  });
});

describe('slugs', () => {
  it('accepts kebab-case folder names and refuses the rest and the reserved ones', () => {
    expect(slugProblem('macron-moscow')).toBeUndefined();
    expect(slugProblem('Macron_Moscow')).toMatch(/lower-case letters/);
    expect(slugProblem('404')).toMatch(/reserved/);
    expect(slugProblem('share')).toMatch(/reserved/);
  });

  it('store ids carry the story', () => {
    expect(storyEntryId('alpha', 'x-1')).toBe('alpha/x-1');
    expect(ownId('alpha/x-1')).toBe('x-1');
    expect(inStory('alpha')({ id: 'alpha/x-1' })).toBe(true);
    expect(inStory('alpha')({ id: 'alphabet/x-1' })).toBe(false);
  });
});

describe('story URLs', () => {
  it('a story alone sits at the base; with every story, under its slug', () => {
    expect(storyPrefix(undefined)).toBe('');
    expect(storyPrefix('alpha')).toBe('alpha/');
    expect(storyBase('/', undefined)).toBe('/');
    expect(storyBase('/kit/', 'alpha')).toBe('/kit/alpha/');
    expect(withBase(storyBase('/kit/', 'alpha'), 'statements/x/')).toBe('/kit/alpha/statements/x/');
  });
});

// `npm run new-story`: its pure rules (slug, copy plan, story.yaml key), the placeholder rule of the
// validator, and the command itself run into a temporary content root.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeholderFields } from '../../src/lib/data/check-placeholders';
import { formatProblem } from '../../src/lib/data/problems';
import { readBuildPlan } from '../../src/lib/data/read-content';
import { validateStories } from '../../src/lib/data/validate-stories';
import { copyPlan, newSlugProblem, nextSteps, renameStoryKey, TEMPLATE_SLUG } from '../../src/lib/stories/new-story';
import { ROOT } from './data/fixtures';

describe('newSlugProblem', () => {
  it('accepts a free slug of lower-case letters, digits and hyphens', () => {
    expect(newSlugProblem('example-two', ['macron-moscow'])).toBeUndefined();
    expect(newSlugProblem('vote-2026', [])).toBeUndefined();
  });

  it('refuses a taken slug, naming it', () => {
    expect(newSlugProblem('macron-moscow', ['macron-moscow'])).toMatch(/^"macron-moscow" is taken/);
  });

  it('refuses a slug that is not lower-case letters, digits and single hyphens, naming it and saying why', () => {
    for (const slug of ['Example', 'two words', 'under_score', '-lead', 'trail-', 'double--hyphen', 'é-accent', '../up']) {
      expect(newSlugProblem(slug, [])).toBe(`"${slug}" cannot be a story's slug: it must be lower-case letters, digits and single hyphens, e.g. "macron-moscow"`);
    }
    expect(newSlugProblem('share', [])).toMatch(/^"share" cannot be a story's slug: it is reserved/);
    expect(newSlugProblem('', [])).toMatch(/give the new story a slug/);
  });
});

describe('copyPlan', () => {
  it('copies every template file to the same path, sorted, and renames only story.yaml', () => {
    expect(copyPlan(['data\\map.yaml', 'story/story.yaml', 'story/article.txt'])).toEqual([
      { from: 'data/map.yaml', to: 'data/map.yaml', rename: false },
      { from: 'story/article.txt', to: 'story/article.txt', rename: false },
      { from: 'story/story.yaml', to: 'story/story.yaml', rename: true },
    ]);
  });

  it('refuses a template without story.yaml', () => {
    expect(() => copyPlan(['data/map.yaml'])).toThrow(/no story\/story.yaml/);
  });
});

describe('renameStoryKey', () => {
  it('replaces the template key (only at the start of a line) with the slug', () => {
    expect(renameStoryKey(`# ${TEMPLATE_SLUG}: is the key\n${TEMPLATE_SLUG}:\n  headline: x\n`, 'new-one')).toBe(`# ${TEMPLATE_SLUG}: is the key\nnew-one:\n  headline: x\n`);
    expect(() => renameStoryKey('other:\n  headline: x\n', 'new-one')).toThrow(/must start its entry with "story-slug:"/);
    expect(renameStoryKey('macron-moscow:\n  headline: x\n', 'copy-2', 'macron-moscow')).toBe('copy-2:\n  headline: x\n');
  });
});

describe('nextSteps', () => {
  it('names every file to edit and how to preview and publish', () => {
    const text = nextSteps('example-two', 'content/stories/example-two').join('\n');
    for (const file of ['story/story.yaml', 'story/article.txt', 'story/sections/', 'data/sources.yaml', 'data/speakers.yaml', 'data/statements.yaml', 'data/map.yaml', 'data/timeline.yaml']) {
      expect(text).toContain(`content/stories/example-two/${file}`);
    }
    expect(text).toContain('npm start');
    expect(text).toContain('draft: true');
  });
});

describe('placeholderFields', () => {
  it('finds marked texts and template ids, as dotted paths', () => {
    expect(placeholderFields({ id: 'placeholder-position', label: 'Real', strength: { text: '[Placeholder] x' }, cues: ['a', '[Placeholder] b'], lat: 0 }))
      .toEqual(['id', 'strength.text', 'cues.2']);
    expect(placeholderFields({ id: 'a-placeholder-b', label: 'Placeholders are fine words' })).toEqual([]);
  });
});

// The command itself, into a temporary content root: never into content/.
describe('npm run new-story', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-story-'));
  cpSync(join(ROOT, 'content/site.yaml'), join(dir, 'site.yaml'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const newStory = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new-story.mjs', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EXPLAINER_CONTENT_DIR: dir } });
  const story = join(dir, 'stories', 'example-two');
  const problems = (env: Record<string, string>) => validateStories(dir, readBuildPlan(dir, env, ROOT), ROOT).map(formatProblem);

  it('creates the story folder from the template, as a draft keyed by its slug, and says what to edit next', () => {
    const run = newStory('example-two');
    expect(run.status, run.stderr).toBe(0);
    const files = (d: string) => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(d.length + 1)).sort();
    expect(files(story)).toEqual(files(join(ROOT, 'templates/story')));
    const yaml = readFileSync(join(story, 'story/story.yaml'), 'utf8');
    expect(yaml).toMatch(/^example-two:$/m);
    expect(yaml).toMatch(/^ {2}draft: true$/m);
    expect(run.stdout).toContain('example-two/story/article.txt');
  });

  it('makes a story that passes the validator as a draft', () => {
    expect(problems({ DRAFTS: '1' })).toEqual([]);
  });

  it('refuses a taken slug and a bad slug, naming it, with a non-zero exit', () => {
    const taken = newStory('example-two');
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('"example-two" is taken');
    const bad = newStory('Example_Two');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"Example_Two" cannot be a story\'s slug');
    expect(existsSync(join(dir, 'stories', 'Example_Two'))).toBe(false);
  });

  it('accepts --content in place of EXPLAINER_CONTENT_DIR', () => {
    const other = mkdtempSync(join(tmpdir(), 'new-story-flag-'));
    try {
      const run = spawnSync(process.execPath, ['scripts/new-story.mjs', '--content', other, 'flagged'], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(existsSync(join(other, 'stories', 'flagged', 'story', 'story.yaml'))).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('fails to publish while placeholder text is left, naming the file, the entry and the field', () => {
    const file = join(story, 'story/story.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {2}draft: true$/m, '  draft: false'));
    const found = problems({});
    const shown = (path: string) => found.filter((p) => p.includes(`/stories/example-two/${path}:`));
    expect(shown('story/story.yaml')).toContain(
      `${dir}/stories/example-two/story/story.yaml:6: entry "example-two", field "headline": still holds the template's placeholder text: replace it before publishing (or keep "draft: true" in story/story.yaml)`,
    );
    expect(shown('story/article.txt').map((p) => p.split(': ')[1])).toEqual(['field "line 1"', 'field "line 2"', 'field "line 3"']);
    expect(shown('story/sections/02-second-section.mdx').map((p) => p.split(': ')[1])).toEqual(
      ['entry "second-section", field "heading"', 'entry "second-section", field "summary"', 'entry "second-section", field "paragraph 1"'],
    );
    expect(shown('data/positions.yaml').map((p) => p.split(': ')[1])).toEqual(
      ['entry "placeholder-position", field "id"', 'entry "placeholder-position", field "label"', 'entry "placeholder-position", field "what"', 'entry "placeholder-position", field "marks"', 'entry "placeholder-position", field "strength.text"'],
    );
    expect(shown('data/statements.yaml').length).toBeGreaterThan(0);
    // Nothing but placeholders is wrong with it.
    expect(found.every((p) => p.includes('placeholder text'))).toBe(true);
  });
});

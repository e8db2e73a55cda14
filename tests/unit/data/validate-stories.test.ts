// The content root's own checks: site.yaml, story folder names, each story.yaml keyed by its folder,
// and each built story's data, every problem naming the story's file.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/data/problems';
import { readBuildPlan } from '../../../src/lib/data/read-content';
import { validateStories } from '../../../src/lib/data/validate-stories';
import { FIXTURES } from './fixtures';

const work = mkdtempSync(join(tmpdir(), 'explainer-stories-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content root in `work/name` with the valid fixture story under each slug, then `edit` applied. */
function root(name: string, slugs: string[], edit: (dir: string) => void = () => {}): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'stories'), { recursive: true });
  writeFileSync(join(dir, 'site.yaml'), 'name: "Fixture Explainers"\ndescription: "A fictional site for the tests."\n');
  for (const slug of slugs) {
    cpSync(join(FIXTURES, 'valid'), join(dir, 'stories', slug), { recursive: true });
    rmSync(join(dir, 'stories', slug, 'README.md'), { force: true });
  }
  edit(dir);
  return dir;
}

const check = (dir: string, env: Record<string, string> = {}) => validateStories(dir, readBuildPlan(dir, env, work), work).map(formatProblem);

describe('validateStories', () => {
  it('passes a root whose story.yaml is keyed by its folder name', () => {
    expect(check(root('good', ['fixture-story']))).toEqual([]);
  });

  it('names the story.yaml whose key is not its folder name', () => {
    expect(check(root('renamed', ['other-story']))).toEqual([
      'renamed/stories/other-story/story/story.yaml:2: must hold exactly one story, keyed by its folder name "other-story:" (found "fixture-story")',
    ]);
  });

  it('names a bad site.yaml field and a folder name that cannot be a URL', () => {
    const dir = root('bad-site', ['fixture-story'], (d) => {
      writeFileSync(join(d, 'site.yaml'), 'name: "Fixture Explainers"\ndescription: "A fictional site."\nmotto: "x"\n');
      mkdirSync(join(d, 'stories', 'Bad_Name'));
    });
    const problems = check(dir);
    expect(problems).toContain('bad-site/stories/Bad_Name/: folder name "Bad_Name" must be lower-case letters, digits and single hyphens, e.g. "macron-moscow"');
    expect(problems.some((p) => p.startsWith('bad-site/site.yaml:3: entry site, field "motto": is not a field of this entry'))).toBe(true);
  });

  it('checks each built story’s data in its own folder, and leaves an unbuilt draft alone', () => {
    const dir = root('two', ['fixture-story'], (d) => {
      // A draft whose data is broken: production builds skip it, a preview build reports it.
      cpSync(join(d, 'stories', 'fixture-story'), join(d, 'stories', 'draft-one'), { recursive: true });
      writeFileSync(
        join(d, 'stories', 'draft-one', 'story', 'story.yaml'),
        'draft-one:\n  headline: "A fictional draft headline"\n  dek: "A fictional draft standfirst."\n  shortTitle: "Draft one"\n  published: "2022-02-07"\n  outlet: { name: "Fixture Gazette", certainty: confirmed }\n  textSource: "Fictional."\n  editorialNote: "Fixture."\n  draft: true\n',
      );
      writeFileSync(join(d, 'stories', 'draft-one', 'data', 'map.yaml'), '- id: story-map\n  asOf: "2022-02-30"\n  bounds: [[40, 0], [60, 40]]\n');
    });
    expect(check(dir)).toEqual([]);
    const preview = check(dir, { DRAFTS: '1' });
    expect(preview.length).toBeGreaterThan(0);
    expect(preview.every((p) => p.startsWith('two/stories/draft-one/'))).toBe(true);
  });
});

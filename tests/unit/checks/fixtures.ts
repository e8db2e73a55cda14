// Loads tests/fixtures/data/valid/ with one rule's broken files laid over it, labelled as if it were
// content/, so the expected messages read exactly as an editor would see them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../../src/lib/checks/read-content';
import type { RawContent } from '../../../src/lib/checks/validate';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = join(ROOT, 'tests/fixtures/data');
const VALID = 'tests/fixtures/data/valid';

const relabel = (path: string) => path.replace(VALID, 'content');

/** The files of `rule`'s folder `sub` (e.g. "data"), by name; none without a rule. */
function overlay(rule: string | undefined, sub: string): Map<string, string> {
  const dir = rule ? join(FIXTURES, rule, sub) : undefined;
  const names = dir && existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
  return new Map(names.map((name) => [name, readFileSync(join(dir!, name), 'utf8')]));
}

/**
 * The valid fixture story, or it with `rule`'s files replacing the originals: data files from
 * tests/fixtures/data/<rule>/data/, section files from tests/fixtures/data/<rule>/story/sections/,
 * the article from tests/fixtures/data/<rule>/story/article.txt.
 */
export function loadFixture(rule?: string): RawContent {
  const raw = readContent(VALID, ROOT);
  const data = overlay(rule, 'data');
  const sections = overlay(rule, 'story/sections');
  const name = (path: string) => path.split('/').pop()!;
  for (const file of Object.values(raw.files)) {
    file.text = data.get(name(file.path)) ?? file.text;
    file.path = relabel(file.path);
  }
  const story = overlay(rule, 'story');
  return {
    article: { path: relabel(raw.article.path), text: story.get('article.txt') ?? raw.article.text },
    sectionsDir: relabel(raw.sectionsDir),
    sections: raw.sections.map((s) => ({ text: sections.get(name(s.path)) ?? s.text, path: relabel(s.path) })),
    files: raw.files,
    world: raw.world,
  };
}

/** The rule folders next to valid/. */
export const RULES = readdirSync(FIXTURES).filter(
  (d) => d !== 'valid' && (existsSync(join(FIXTURES, d, 'data')) || existsSync(join(FIXTURES, d, 'story'))),
);

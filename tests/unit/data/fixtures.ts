// Loads tests/fixtures/data/valid/ with one rule's broken files laid over it, labelled as if it were
// content/, so the expected messages read exactly as an editor would see them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent } from '../../../src/lib/data/read-content';
import type { RawContent } from '../../../src/lib/data/validate';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = join(ROOT, 'tests/fixtures/data');
const VALID = 'tests/fixtures/data/valid';

const relabel = (path: string) => path.replace(VALID, 'content');

/** The valid fixture story, or it with `rule`'s files (tests/fixtures/data/<rule>/data/*) replacing the originals. */
export function loadFixture(rule?: string): RawContent {
  const raw = readContent(VALID, ROOT);
  const overlay = rule ? join(FIXTURES, rule, 'data') : undefined;
  const broken = overlay && existsSync(overlay) ? readdirSync(overlay) : [];
  for (const file of Object.values(raw.files)) {
    const name = file.path.split('/').pop()!;
    if (broken.includes(name)) file.text = readFileSync(join(overlay!, name), 'utf8');
    file.path = relabel(file.path);
  }
  return {
    sectionsDir: relabel(raw.sectionsDir),
    sections: raw.sections.map((s) => ({ ...s, path: relabel(s.path) })),
    files: raw.files,
  };
}

/** The rule folders next to valid/. */
export const RULES = readdirSync(FIXTURES).filter((d) => d !== 'valid' && existsSync(join(FIXTURES, d, 'data')));

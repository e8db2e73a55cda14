// Writes the editor's JSON Schemas into every story folder (`<story>/.schemas/<kind>.json`) and the
// content root (`.schemas/site.json`), on every `npm start` and build and whenever a story's files
// change. They sit next to the files they describe, so one `$schema=../.schemas/<kind>.json` line
// works in every story folder, a new or copied one included; the folders are generated and ignored by git.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteSchema } from '../../schemas/site';
import { storySchema } from '../../schemas/story';
import { DATA_FILES, SITE_FILE, type DataFileKey, contentPath, storyDir } from '../data/content-paths';
import { listStories, readContent } from '../data/read-content';
import { DATA_SCHEMAS } from '../data/schemas';
import { readSectionText } from '../data/section-text';
import { parseYaml } from '../data/yaml';
import { fieldGroups, type FieldGroup } from './field-docs';
import { editorSchema, type StoryIds } from './json-schemas';

/** The generated folder's name, in the content root and in each story folder. */
export const SCHEMAS_DIR = '.schemas';

/** The first line of a data file that ties it to its schema (yaml-language-server's modeline). */
export const schemaModeline = (kind: string, fromStoryFolder = true): string =>
  `# yaml-language-server: $schema=${fromStoryFolder ? '../' : ''}${SCHEMAS_DIR}/${kind}.json`;

/** The documented fields of every schema file in `schemasDir` (src/schemas). */
export function readFieldGroups(schemasDir: string): FieldGroup[] {
  return readdirSync(schemasDir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => fieldGroups(readFileSync(join(schemasDir, f), 'utf8'), f));
}

/** The `id`s of a YAML list, read leniently (a broken file gives the ids it can). */
function idsOf(text: string | null): string[] {
  const parsed = text === null ? undefined : parseYaml(text);
  if (!parsed?.ok || !Array.isArray(parsed.value)) return [];
  return parsed.value.map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id === 'string');
}

/** The ids a story's references may take, from its own files. */
export function readStoryIds(dir: string, root: string): StoryIds {
  const content = readContent(dir, root);
  const ids = (key: DataFileKey) => idsOf(content.files[key].text);
  return {
    sources: ids('sources'),
    speakers: ids('speakers'),
    positions: ids('positions'),
    movements: ids('movements'),
    statements: ids('statements'),
    timeline: ids('timeline'),
    sections: content.sections.map((s) => readSectionText(s.text).id).filter((id): id is string => id !== undefined),
  };
}

/** Writes `value` as JSON unless the file already holds exactly that (no needless file events). */
function writeJson(path: string, value: unknown): boolean {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return true;
}

/** Every story folder's schemas and the site's; returns the files written (unchanged ones are left alone). */
export function writeEditorSchemas(contentRoot: string, root: string, schemasDir: string): string[] {
  const groups = readFieldGroups(schemasDir);
  const written: string[] = [];
  const write = (path: string, value: unknown) => writeJson(path, value) && written.push(path);
  write(resolve(root, contentPath(contentRoot, SCHEMAS_DIR), 'site.json'), editorSchema(siteSchema, groups, { shape: 'single', title: SITE_FILE }));
  for (const slug of listStories(contentRoot, root)) {
    const dir = storyDir(contentRoot, slug);
    const out = resolve(root, dir, SCHEMAS_DIR);
    const ids = readStoryIds(dir, root);
    write(join(out, 'story.json'), editorSchema(storySchema, groups, { shape: 'keyed', title: `${slug}: story/story.yaml` }));
    for (const kind of Object.keys(DATA_FILES) as DataFileKey[]) {
      write(join(out, `${kind}.json`), editorSchema(DATA_SCHEMAS[kind], groups, { ids, title: `${slug}: ${DATA_FILES[kind]}` }));
    }
  }
  return written;
}

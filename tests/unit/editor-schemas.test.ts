// The editor's JSON Schemas: written for every story folder (a brand-new one too), carrying each
// field's description, closed lists and the story's own ids; a validator using them flags a
// mistyped speaker id once, on its line, as the editor's YAML extension does.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locatePath } from '../../src/lib/data/locate';
import { fieldGroups, docFor } from '../../src/lib/editor-schemas/field-docs';
import { schemaModeline, writeEditorSchemas } from '../../src/lib/editor-schemas/write-schemas';
import { MAIN_STORY, ROOT } from '../helpers/paths';

const work = mkdtempSync(join(tmpdir(), 'explainer-schemas-'));
const content = join(work, 'content');
const story = join(content, 'stories', MAIN_STORY);
const statementsFile = join(story, 'data', 'statements.yaml');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const schema = (slug: string, kind: string) => JSON.parse(readFileSync(join(content, 'stories', slug, '.schemas', `${kind}.json`), 'utf8'));

beforeAll(() => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  // A story made a minute ago: the template, as `npm run new-story` copies it.
  cpSync(join(ROOT, 'templates', 'story'), join(content, 'stories', 'brand-new'), { recursive: true });
  writeEditorSchemas(content, ROOT, join(ROOT, 'src', 'schemas'));
});

describe('the editor’s JSON Schemas', () => {
  it('validate a statements file with a mistyped speaker: exactly one problem, on that line', () => {
    const text = readFileSync(statementsFile, 'utf8');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l === '  speaker: jake-sullivan');
    expect(at).toBeGreaterThan(0);
    lines[at] = '  speaker: jake-sulivan';
    const broken = lines.join('\n');
    writeFileSync(statementsFile, broken);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema(MAIN_STORY, 'statements'));
    expect(validate(parse(broken))).toBe(false);
    expect(validate.errors).toHaveLength(1);
    const [error] = validate.errors!;
    expect(error!.keyword).toBe('enum');
    const path = error!.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    expect(locatePath(broken, path).line).toBe(at + 1);
  });

  it('pass the story’s own files as they are', () => {
    for (const kind of ['sources', 'positions', 'movements', 'speakers', 'timeline', 'map', 'corrections', 'known']) {
      const validate = new Ajv({ allErrors: true, strict: false }).compile(schema(MAIN_STORY, kind));
      expect(validate(parse(readFileSync(join(story, 'data', `${kind}.yaml`), 'utf8'))), `${kind}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('carry each field’s description, the closed lists and the story’s ids', () => {
    const item = schema(MAIN_STORY, 'statements').items;
    expect(item.properties.speaker.description).toBe('Id of the speaker (speakers.yaml).');
    expect(item.properties.kind.enum).toEqual(['quote', 'paraphrase']);
    expect(item.properties.speaker.enum).toContain('jake-sullivan');
    expect(item.properties.section.enum).toContain('macron-in-moscow');
    expect(item.properties.sources.items.enum).toContain('s01');
    const positions = schema(MAIN_STORY, 'positions').items.properties;
    expect(positions.lat.description).toMatch(/^Latitude of the plotted point/);
    // Shared fields keep their own words: provenance's `note` here, the strength's `text` there.
    expect(positions.note.description).toMatch(/^Anything a reader or editor should know/);
    expect(positions.strength.properties.text.description).toMatch(/^The strength in words/);
    expect(schema(MAIN_STORY, 'movements').items.properties.from.properties.position.enum).toContain('ru-yelnya');
  });

  it('cover a brand-new story folder, whose data files name them on their first line', () => {
    expect(schema('brand-new', 'statements').items.properties.speaker.description).toBe('Id of the speaker (speakers.yaml).');
    for (const kind of ['statements', 'positions', 'sources']) {
      expect(readFileSync(join(ROOT, 'templates', 'story', 'data', `${kind}.yaml`), 'utf8').split('\n')[0]).toBe(schemaModeline(kind));
      expect(readFileSync(join(ROOT, 'content', 'stories', MAIN_STORY, 'data', `${kind}.yaml`), 'utf8').split('\n')[0]).toBe(schemaModeline(kind));
    }
  });
});

describe('docFor', () => {
  it('takes a field’s doc from the largest group of fields the object holds entirely', () => {
    const groups = fieldGroups(['const a = {', '  /** A note. */', '  note: x,', '  /** Id. */', '  id: y,', '};', 'const b = {', '  /** Other note. */', '  note: x,', '  extra: z,', '  more: w,', '};'].join('\n'));
    expect(docFor(groups, new Set(['id', 'note']), 'note')).toBe('A note.');
    expect(docFor(groups, new Set(['note', 'extra', 'more', 'id']), 'note')).toBe('Other note.');
  });
});

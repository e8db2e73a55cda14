// Problems point at the line of their entry and field, in YAML data files and in MDX sections.
import { describe, expect, it } from 'vitest';
import { locateInMdx, locateInYaml, locateProblem } from '../../../src/lib/data/locate';
import { formatProblem } from '../../../src/lib/data/problems';

const statements = `# yaml-language-server: $schema=../.schemas/statements.json
- id: first
  speaker: a
  sources: [s01]

- id: second
  speaker: jake-sulivan
  sources:
    - s01
    - s99
  from:
    position: nowhere
`;

describe('locateInYaml', () => {
  it('finds an entry by id and its field', () => {
    expect(locateInYaml(statements, { entry: '"second"', field: 'speaker' })).toEqual({ line: 7, column: 3 });
  });
  it('finds a list item of a field, and a nested field', () => {
    expect(locateInYaml(statements, { entry: '"second"', field: 'sources', item: 2 })).toEqual({ line: 10, column: 7 });
    expect(locateInYaml(statements, { entry: '"second"', field: 'from.position' })).toEqual({ line: 12, column: 5 });
  });
  it('falls back to the entry for a missing field, and finds an entry by its place', () => {
    expect(locateInYaml(statements, { entry: '"first"', field: 'via' })).toEqual({ line: 2, column: 3 });
    expect(locateInYaml(statements, { entry: '#2' })).toEqual({ line: 6, column: 3 });
  });
  it('finds a story keyed by its slug, and a YAML syntax error', () => {
    expect(locateInYaml('demo:\n  headline: x\n  dek: y\n', { entry: '"demo"', field: 'dek' })).toEqual({ line: 3, column: 3 });
    // The parser reports an unclosed quote where the text ends.
    expect(locateInYaml('- id: a\n  label: "open\n', { entry: '"a"' })?.line).toBe(3);
    expect(locateInYaml('- id: a\n  label: x\n label: y\n- id: b\n', { entry: '"b"' })?.line).toBe(3);
  });
});

describe('locateInMdx', () => {
  const mdx = '---\nid: first\norder: 1\n---\n\nSome words <Place id="nope">here</Place>.\n';
  it('finds a quoted tag in the body, and a frontmatter field', () => {
    expect(locateInMdx(mdx, { snippet: '<Place id="nope">' })).toEqual({ line: 6, column: 12 });
    expect(locateInMdx(mdx, { field: 'order' })).toEqual({ line: 3, column: 1 });
  });
});

describe('locateProblem', () => {
  it('puts the line after the file name', () => {
    const p = locateProblem({ file: 'data/statements.yaml', entry: '"second"', field: 'speaker', message: '"jake-sulivan" is not a speaker id' }, new Map([['data/statements.yaml', statements]]));
    expect(formatProblem(p)).toBe('data/statements.yaml:7: entry "second", field "speaker": "jake-sulivan" is not a speaker id');
  });
});

// The dev overlay's error: the first problem's data file and line as its location, every problem in its message.
import { describe, expect, it } from 'vitest';
import { overlayError } from '../../../src/lib/data/overlay-error';

const speaker = { file: 'content/stories/a/data/statements.yaml', entry: '"x"', field: 'speaker', message: '"jake-sulivan" is not a speaker id', line: 12, column: 3 };

describe('overlayError', () => {
  it('points at the data file and line, never at code', () => {
    const err = overlayError([speaker], '/repo');
    expect(err.loc).toEqual({ file: '/repo/content/stories/a/data/statements.yaml', line: 12, column: 3 });
    expect(err.title).toBe('The story data has a problem');
    expect(err.message).toBe('content/stories/a/data/statements.yaml:12: entry "x", field "speaker": "jake-sulivan" is not a speaker id');
  });
  it('lists every problem, and keeps a content folder outside the project reachable', () => {
    const err = overlayError([{ ...speaker, file: '/tmp/c/data/statements.yaml' }, { file: '/tmp/c/data/positions.yaml', message: 'is missing' }], '/repo');
    expect(err.title).toBe('The story data has 2 problems');
    expect(err.message.split('\n').slice(-2)).toEqual(['- /tmp/c/data/statements.yaml:12: entry "x", field "speaker": "jake-sulivan" is not a speaker id', '- /tmp/c/data/positions.yaml: is missing']);
    expect(err.loc?.file).toBe('../tmp/c/data/statements.yaml');
  });
});

import { describe, expect, it } from 'vitest';
import { counted, definiteCount } from '../../src/lib/counted';

describe('counted', () => {
  it('makes the noun agree with the number', () => {
    expect(counted(1, 'statement')).toBe('1 statement');
    expect(counted(0, 'statement')).toBe('0 statements');
    expect(counted(16, 'statement')).toBe('16 statements');
    expect(counted(2, 'story', 'stories')).toBe('2 stories');
  });
  it('after “the”, names no number for one: never “the 1 statements”', () => {
    expect(`The ${definiteCount(1, 'statement')}`).toBe('The statement');
    expect(`The ${definiteCount(3, 'statement')}`).toBe('The 3 statements');
  });
});

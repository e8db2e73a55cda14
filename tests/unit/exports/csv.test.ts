import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/exports/csv';

describe('RFC 4180 CSV', () => {
  it('leaves plain fields alone and writes undefined as empty', () => {
    expect(csvField('Klintsy town centre')).toBe('Klintsy town centre');
    expect(csvField(52.7603)).toBe('52.7603');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, double quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Brest region, Belarus')).toBe('"Brest region, Belarus"');
    expect(csvField('"as close as eight miles"')).toBe('"""as close as eight miles"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('ends every record, the last included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x, y'], [2, undefined]])).toBe('a,b\r\n1,"x, y"\r\n2,\r\n');
  });
});

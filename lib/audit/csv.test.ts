import { describe, expect, it } from 'vitest';
import { csvLine } from './csv';

describe('an audit CSV line', () => {
  it('quotes what needs quoting and leaves the rest as is', () => {
    expect(csvLine(['a', 1, null, undefined, ''])).toBe('a,1,,,\r\n');
    expect(csvLine(['x,y', 'say "hi"', 'two\nlines'])).toBe('"x,y","say ""hi""","two\nlines"\r\n');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvLine(['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)'])).toBe(
      `"'=HYPERLINK(""http://evil"")",'+1,'-2,'@SUM(A1)\r\n`,
    );
  });
});

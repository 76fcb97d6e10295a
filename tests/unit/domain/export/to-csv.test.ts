import { expect, test } from 'vitest';
import { csvCell, toCsv } from '@/utils/domain/export/to-csv';

test('fields with commas, quotes or line breaks are quoted, quotes doubled', () => {
  expect(csvCell('plain')).toBe('plain');
  expect(csvCell('a, b')).toBe('"a, b"');
  expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  expect(csvCell('two\nlines')).toBe('"two\nlines"');
  expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  expect(csvCell(45)).toBe('45');
  expect(csvCell(Number.NaN)).toBe('');
});

test('text a spreadsheet would run as a formula gets a leading apostrophe', () => {
  expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
  expect(csvCell('+1 555')).toBe("'+1 555");
  expect(csvCell('-cmd')).toBe("'-cmd");
  expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  expect(csvCell('\t=1')).toBe("'\t=1");
  expect(csvCell('a=b')).toBe('a=b');
  // Numbers are ours, never text from a page: a negative stays a number.
  expect(csvCell(-5)).toBe('-5');
});

test('rows end with CRLF, header first', () => {
  expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
});

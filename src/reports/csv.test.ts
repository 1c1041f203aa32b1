import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from './csv.ts';

/** A small RFC 4180 reader with ";" as separator: what a spreadsheet makes of the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

describe('CSV for Danish Excel', () => {
  it('starts with the byte-order mark and separates with ";" and CRLF', () => {
    const csv = toCsv(['Navn', 'Startdato'], [['Søren Ærø', '2024-03-01']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe(`${BOM}Navn;Startdato\r\nSøren Ærø;2024-03-01\r\n`);
  });

  it('quotes a field holding ";", a quote or a line break, and doubles the quotes', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Ib "Bølle" Hansen')).toBe('"Ib ""Bølle"" Hansen"');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('to\r\nlinjer')).toBe('"to\r\nlinjer"');
    expect(csvField('almindelig tekst')).toBe('almindelig tekst');
  });

  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+45 20 30 40 50')).toBe("'+45 20 30 40 50");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
  });

  it('writes numbers as numbers (a negative development is not a formula) and null as empty', () => {
    expect(csvField(-2)).toBe('-2');
    expect(csvField(36)).toBe('36');
    expect(csvField(null)).toBe('');
    expect(toCsv(['a', 'b'], [[null, -1]])).toBe(`${BOM}a;b\r\n;-1\r\n`);
  });

  it('reads back as the same cells, whatever the text (formula starts get their "\'")', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(';', '"', '\r\n', '\n', '=1', 'ø;"æ"\r\nå'));
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (header, rows) => {
          const csv = toCsv(header, rows);
          const parsed = parseCsv(csv.slice(BOM.length));
          const expected = [header, ...rows].map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtc, writeCalendar } from './ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks, in that order', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    // A backslash written before a comma is not mistaken for the comma's escape.
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });

  it('leaves a short line as it is', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds long lines at 75 octets with CRLF and a space, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(3);
    expect(octets(parts[0] ?? '')).toBe(75);
    for (const part of parts.slice(1)) {
      expect(part.startsWith(' ')).toBe(true);
      expect(octets(part)).toBeLessThanOrEqual(75);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('never cuts inside a multi-octet character', () => {
    const line = `LOCATION:${'æøå'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // Every part is valid text on its own: no replacement characters after a round trip.
      expect(new TextDecoder().decode(new TextEncoder().encode(part))).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(line);
  });

  it('writes UTC date-times without separators', () => {
    expect(formatUtc(new Date('2026-01-15T09:30:05.123Z'))).toBe('20260115T093005Z');
  });
});

describe('a calendar', () => {
  const text = writeCalendar({
    name: 'ViVirk: møder',
    events: [
      {
        uid: 'abc@vivirk',
        stamp: new Date('2026-01-01T12:00:00Z'),
        start: new Date('2026-01-15T09:00:00Z'),
        end: new Date('2026-01-15T10:00:00Z'),
        summary: 'Statusmøde, S.H.',
        location: 'Værkstedet; lokale 2',
        url: 'https://vivirk.example/forloeb/1/moeder/2',
        sequence: 3,
      },
      {
        uid: 'def@vivirk',
        stamp: new Date('2026-01-01T12:00:00Z'),
        start: new Date('2026-02-01T09:00:00Z'),
        end: new Date('2026-02-01T10:00:00Z'),
        summary: 'Udviklingsgruppe',
        cancelled: true,
      },
    ],
  });

  it('ends every line with CRLF and wraps the events in one VCALENDAR', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(2);
    expect(text).toContain('VERSION:2.0\r\n');
  });

  it('writes the properties of each event, escaped', () => {
    expect(text).toContain('UID:abc@vivirk\r\nDTSTAMP:20260101T120000Z\r\nDTSTART:20260115T090000Z\r\n');
    expect(text).toContain('SUMMARY:Statusmøde\\, S.H.\r\n');
    expect(text).toContain('LOCATION:Værkstedet\\; lokale 2\r\n');
    expect(text).toContain('URL:https://vivirk.example/forloeb/1/moeder/2\r\n');
    expect(text).toContain('SEQUENCE:3\r\n');
    expect(text).toContain('STATUS:CANCELLED\r\n');
    expect(text).toContain('X-WR-CALNAME:ViVirk: møder\r\n');
  });
});

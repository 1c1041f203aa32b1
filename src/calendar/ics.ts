/**
 * A small iCalendar (RFC 5545) writer for the calendar feed: only what a published feed of
 * meetings needs. Pure: no clock, no database.
 */

export interface IcsEvent {
  /** Globally unique and stable across fetches, so a calendar updates an event instead of duplicating it. */
  uid: string;
  /** When this version of the event was last changed (DTSTAMP). */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location?: string;
  url?: string;
  /** Raised by every change, so a calendar knows which copy is newer. */
  sequence?: number;
  cancelled?: boolean;
}

export interface IcsCalendar {
  name: string;
  events: readonly IcsEvent[];
}

/** TEXT values (§3.3.11): backslash, semicolon and comma are escaped; a line break becomes \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/**
 * Content lines longer than 75 octets are folded (§3.1): a CRLF and one space before the rest. A
 * line is cut between characters, never inside a UTF-8 sequence (æ, ø, å are two octets each).
 */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // A continuation line starts with the space, which counts towards its 75 octets.
  let limit = 75;
  for (const ch of line) {
    const n = octets(ch);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A UTC date-time, e.g. 20260115T090000Z (§3.3.5, form #2). */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function eventLines(e: IcsEvent): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${formatUtc(e.stamp)}`,
    `DTSTART:${formatUtc(e.start)}`,
    `DTEND:${formatUtc(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
  ];
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  // URL is a URI value (§3.8.4.6), not TEXT: it is not escaped.
  if (e.url) lines.push(`URL:${e.url}`);
  if (e.sequence !== undefined) lines.push(`SEQUENCE:${e.sequence}`);
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/** The whole feed: every content line folded, each ended by CRLF. */
export function writeCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ViVirk//Moeder//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

import { tzlib_get_ical_block } from 'timezones-ical-library';

/**
 * An iCalendar file (RFC 5545) written by hand: ical-generator formats TZID times through the host's own
 * time zone (so output differs by machine) and drops DTSTAMP's "Z" once a VTIMEZONE is added, and `ics`
 * has no TZID at all. The format's rules are few and are all here: TEXT escaping, 75-octet folding, CRLF.
 */

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Octets of one code point in UTF-8. */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** A content line folded at 75 octets (§3.1), never inside a UTF-8 sequence or a surrogate pair. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The VTIMEZONE block and TZID for an IANA zone, from timezones-ical-library's tz database extract. */
export function vtimezone(timeZone: string): { tzid: string; block: string } {
  const found = tzlib_get_ical_block(timeZone) as string[] | undefined;
  const block = found?.[0];
  const tzid = found?.[1]?.replace(/^TZID=/, '');
  if (!block || !tzid) throw new Error(`No time zone definition for "${timeZone}"`);
  return { tzid, block };
}

/** "2026-03-30T18:00" -> "20260330T180000" */
export const icsLocal = (local: string) => `${local.replace(/[-:]/g, '')}00`;
/** A day without a time, "2026-03-30": a whole-day event's start, and its end the day after (§3.6.1). */
const isDay = (at: string) => /^\d{4}-\d{2}-\d{2}$/.test(at);
/** "2026-03-30T16:00:00Z" -> "20260330T160000Z" */
export const icsUtc = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

export interface CalendarEvent {
  uid: string;
  /** Local start and end (YYYY-MM-DDTHH:MM) in the calendar's time zone; for a whole-day event, the day and the day after (YYYY-MM-DD). */
  start: string;
  end: string;
  summary: string;
  description: string;
  location?: string | undefined;
  /** An https link, e.g. the video call. */
  url?: string | undefined;
}

export interface Calendar {
  name: string;
  timeZone: string;
  /** DTSTAMP of every event, in UTC; fixed so that the same input gives the same bytes. */
  stamp: string;
  events: CalendarEvent[];
}

export function renderIcs(calendar: Calendar): string {
  const { tzid, block } = vtimezone(calendar.timeZone);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mentorkit//Program toolkit//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...block.split(/\r\n/),
  ];
  for (const event of calendar.events) {
    if (event.url && !/^https:\/\/[^\s"<>\\]+$/.test(event.url)) throw new Error(`Not an https link: ${event.url}`);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${icsUtc(calendar.stamp)}`,
      ...[['DTSTART', event.start] as const, ['DTEND', event.end] as const].map(([property, at]) =>
        isDay(at) ? `${property};VALUE=DATE:${at.replace(/-/g, '')}` : `${property};TZID=${tzid}:${icsLocal(at)}`,
      ),
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

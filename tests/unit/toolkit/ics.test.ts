import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderIcs } from '../../../src/toolkit/render/ics';

const calendar = (summary: string, description: string) =>
  renderIcs({
    name: 'Spring, 2026; <circle>',
    timeZone: 'Europe/Rome',
    stamp: '2026-03-01T00:00:00.000Z',
    events: [{ uid: 'session-1-abc@mentorkit', start: '2026-03-30T17:30', end: '2026-03-30T18:30', summary, description, location: 'Room 1, floor 2', url: 'https://meet.example.org/x' }],
  });

describe('calendar files', () => {
  it('are read back by ical.js with the local time in its zone, and the zone defined in the file', () => {
    const ics = calendar('First meeting', 'Agenda');
    const root = new ICAL.Component(ICAL.parse(ics));
    const zones = root.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['Europe/Rome']);
    ICAL.TimezoneService.register(zones[0]!);
    const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe('session-1-abc@mentorkit');
    expect(event.startDate.toString()).toBe('2026-03-30T17:30:00');
    expect(event.startDate.zone?.tzid).toBe('Europe/Rome');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-30T15:30:00.000Z');
    expect(root.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-01T00:00:00Z');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('keep text as text: separators, backslashes, line breaks and markup survive a round trip', () => {
    const hostile = 'a;b,c\\d\ne <script>x</script> =SUM(1) ☃ Ελλάδα Україна שלום 🚀'.repeat(3);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(calendar(hostile, hostile))).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(hostile);
    expect(event.description).toBe(hostile);
    expect(event.location).toBe('Room 1, floor 2');
  });

  it('escape and fold by the RFC', () => {
    expect(escapeText('a;b,c\\d\r\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    // One, two, three and four octets in UTF-8: no line over 75 octets, no sequence or surrogate pair cut.
    for (const char of ['a', 'é', '李', '🚀']) {
      const line = `DESCRIPTION:${char.repeat(100)}`;
      const folded = foldLine(line);
      const lengths = folded.split('\r\n').map((part) => new TextEncoder().encode(part).length);
      expect(lengths.every((n) => n <= 75)).toBe(true);
      expect(lengths[0]).toBeGreaterThan(75 - new TextEncoder().encode(char).length);
      expect(folded.isWellFormed()).toBe(true);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
  });
});

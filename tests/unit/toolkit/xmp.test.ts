import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmpPacket } from '../../../src/toolkit/render/xmp';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC = 'http://purl.org/dc/elements/1.1/';

/** The packet parsed by xmldom, failing on any error; and a Dublin Core property's first value. */
function parse(packet: string) {
  const errors: string[] = [];
  const xml = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(packet, 'text/xml');
  expect(errors).toEqual([]);
  const first = (property: string) => xml.getElementsByTagNameNS(DC, property)[0]?.getElementsByTagNameNS(RDF, 'li')[0]?.textContent;
  return { xml, first };
}

describe('XMP metadata', () => {
  it('carries any title and author as text, markup and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }), (title, author) => {
        const { first } = parse(xmpPacket({ title, author, subject: 'S', keywords: ['a', 'b'], lang: 'es', date: new Date('2026-03-01T12:00:00Z'), creatorTool: 'T', producer: 'P' }));
        // XML 1.0 cannot hold control characters (nor U+FFFE, U+FFFF): the rest comes back as it was.
        const printable = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/\r\n?/g, '\n');
        expect(first('title')).toBe(printable(title));
        expect(first('creator')).toBe(printable(author));
      }),
    );
  });

  it('names the language and the dates', () => {
    const { xml, first } = parse(xmpPacket({ title: 'T', author: 'A', subject: 'S', keywords: [], lang: 'ar', date: new Date('2026-03-01T12:00:00Z'), creatorTool: 'Mentorkit', producer: 'P' }));
    expect(first('language')).toBe('ar');
    expect(xml.getElementsByTagNameNS('http://ns.adobe.com/xap/1.0/', 'CreateDate')[0]!.textContent).toBe('2026-03-01T12:00:00Z');
  });
});

/**
 * A PDF's XMP metadata packet (ISO 16684-1): the document's title, author, subject and keywords, its
 * language and dates, as the document information dictionary has them. Assistive technology and search
 * tools read a document's title and language from here, and PDF/UA asks for it.
 */
export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language tag of the document. */
  lang: string;
  date: Date;
  creatorTool: string;
  producer: string;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text as XML character data, control characters that XML 1.0 forbids dropped: user text is data, never markup. */
const xmlText = (text: string) => text.replace(/[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (char) => XML_ESCAPES[char] ?? '');

export function xmpPacket(fields: XmpFields): string {
  const stamp = fields.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const lang = xmlText(fields.lang);
  // One alternative, the default, as readers expect (pdf.js runs several together); dc:language names the language.
  const alternatives = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(text)}</rdf:li></rdf:Alt>`;
  return [
    // The byte order mark in the packet header is the XMP specification's own: U+FEFF, written in UTF-8.
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<dc:format>application/pdf</dc:format>`,
    `<dc:title>${alternatives(fields.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xmlText(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alternatives(fields.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    // Joined as pdf-lib joins them in the information dictionary, so that the two say the same.
    `<pdf:Keywords>${xmlText(fields.keywords.join(' '))}</pdf:Keywords>`,
    `<pdf:Producer>${xmlText(fields.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xmlText(fields.creatorTool)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${stamp}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${stamp}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${stamp}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

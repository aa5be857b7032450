// Links between pages stay in the reader's language: on a page under /es/, a link to /faq/ leads to
// /es/faq/. Done on the finished HTML (src/middleware.ts), so that every link is covered, those in the
// content's own Markdown included.

/** An <a> or <link> start tag with its attributes. */
const TAG = /<(a|link)\b([^>]*)>/gi;
const HREF = /\shref="(\/[^"]*)"/i;

/**
 * `html` with every link to one of the site's pages put under `prefix` ("/es"). A page's address ends
 * with a slash (the site is built with trailing slashes); files (/downloads/…, /logo.svg) do not, and
 * keep their address. Left alone: links already under one of `prefixes` (every language's), links that
 * name their own language (hreflang, as the language picker's do) and the canonical link.
 */
export function linksInLanguage(html: string, prefix: string, prefixes: readonly string[] = [prefix]): string {
  if (!prefix) return html;
  const inALanguage = (address: string) => prefixes.some((other) => other && address.toLowerCase().startsWith(`${other}/`));
  return html.replace(TAG, (tag: string, _name: string, attributes: string) => {
    if (/\shreflang=/i.test(attributes) || /\srel="canonical"/i.test(attributes)) return tag;
    return tag.replace(HREF, (href: string, path: string) => {
      const address = path.replace(/[?#].*$/, '');
      // "//host/…" is another site's address, and a link into a language already chose it.
      const page = address.endsWith('/') && !address.startsWith('//') && !inALanguage(address);
      return page ? ` href="${prefix}${path}"` : href;
    });
  });
}

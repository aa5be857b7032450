// What a page tells the layout and components it renders through Astro.locals (see src/i18n/pages.ts).
declare namespace App {
  interface Locals {
    /** What the page has said about the language of its main content (src/i18n/pages.ts). */
    content?: import('../i18n/pages').PageContent;
    /** The file of the page's own prose being rendered (src/content/pages), named in errors in it. */
    proseFile?: string;
  }
}

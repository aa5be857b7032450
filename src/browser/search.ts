// The search interface: Pagefind's Component UI (about 40 KB gzipped), the dialog and the search page.
// Loaded by site.ts only when a reader opens search or comes to the search page, so that every other
// page goes without it.

import { OPEN_SEARCH_EVENT } from '../utils/search';
import siteSearchStyles from '../styles/search.css?url';
import { searchTerms } from '../utils/search-words';

const PAGEFIND = '/pagefind/';
// Pagefind's defaults favour short pages strongly, so a chapter lost to any short page sharing a word;
// these are the weights Starlight ships for documentation (packages/starlight/schemas/pagefind.ts). A
// template's preview picture is no part of what it says: its file name and text alternative, which
// Pagefind keeps as metadata, weigh nothing. With these every question of the relevance set finds its page.
const RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, metaWeights: { image: 0, image_alt: 0 } };

interface PagefindModal extends HTMLElement {
  open(): void;
}

/** Pagefind's own search API (pagefind.js), as the interface holds it. */
interface Pagefind {
  search(term: string | null, options?: object): Promise<unknown>;
  options(options: object): Promise<void>;
}

interface PagefindInstance {
  on(event: 'results', handler: () => void): void;
  on(event: 'search', handler: (term: string) => void): void;
  __pagefind__?: Pagefind;
}

/** The Pagefind instance behind the search box, once the interface has loaded. */
function searchInstance(): PagefindInstance {
  const { PagefindComponents } = window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(name: string): PagefindInstance } } };
  return PagefindComponents.getInstanceManager().getInstance('default');
}

/**
 * Pagefind is asked for the words that matter (src/utils/search-words.ts) while the interface keeps
 * showing what the reader typed. The interface offers no hook for this, so the search API it loads
 * (now or later) is wrapped where the interface keeps it; the relevance test searches through it.
 */
function searchMeaningfulWords(instance: PagefindInstance): void {
  const wrap = (pagefind: Pagefind | undefined): Pagefind | undefined => {
    if (!pagefind) return pagefind;
    void pagefind.options({ ranking: RANKING });
    const search = pagefind.search.bind(pagefind);
    pagefind.search = (term, options) => search(term && searchTerms(term, document.documentElement.lang), options);
    return pagefind;
  };
  let pagefind = wrap(instance.__pagefind__);
  Object.defineProperty(instance, '__pagefind__', {
    get: () => pagefind,
    set: (loaded: Pagefind) => (pagefind = wrap(loaded)),
  });
}

/** Pagefind's Component UI, its elements already on the page. */
async function loadSearchUi(): Promise<PagefindInstance> {
  // Pagefind's styles, then the site's over them; the interface appears once both have arrived.
  const styles = [`${PAGEFIND}pagefind-component-ui.css`, siteSearchStyles].map((href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
    // Without them (a failed download) search still works, unstyled.
    return new Promise<void>((resolve) => (link.onload = link.onerror = () => resolve()));
  });
  await Promise.all([import(/* @vite-ignore */ `${PAGEFIND}pagefind-component-ui.js`), ...styles]);
  const instance = searchInstance();
  searchMeaningfulWords(instance);
  return instance;
}

/**
 * The search page: the interface appears above the A–Z index, with the query of ?q= (the SearchAction
 * URL) or whatever the reader typed while the index was loading.
 */
async function setUpSearchPage(page: HTMLElement): Promise<void> {
  page.hidden = false;
  const instance = await loadSearchUi();
  // Faceted mode first lists everything with an empty search once the index has loaded, which would
  // wipe an earlier query; search again, as a reader would type it, once that first list is in.
  let first = true;
  instance.on('results', () => {
    const input = page.querySelector<HTMLInputElement>('pagefind-input input');
    if (!first || !input) return;
    first = false;
    const query = input.value.trim() || new URLSearchParams(location.search).get('q');
    if (!query) return;
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The dialog, added to the page, opened now and whenever site.ts asks again. */
async function setUpDialog(): Promise<void> {
  const template = document.querySelector<HTMLTemplateElement>('#search-dialog');
  if (template) document.body.append(template.content.cloneNode(true));
  const instance = await loadSearchUi();
  await customElements.whenDefined('pagefind-modal');
  // The link to every result follows each search (typed, cleared or reset), so the search page opens on
  // the same query. Its address is the one the page was built with (src/routes.ts); only the query changes.
  const allResults = () => document.querySelector<HTMLAnchorElement>('pagefind-modal a[data-search-all]');
  const searchPage = allResults()?.getAttribute('href') ?? '';
  instance.on('search', (term) => {
    const link = allResults();
    const query = term.trim();
    if (link) link.href = query ? `${searchPage}?q=${encodeURIComponent(query)}` : searchPage;
  });
  const open = () => document.querySelector<PagefindModal>('pagefind-modal')?.open();
  document.addEventListener(OPEN_SEARCH_EVENT, open);
  open();
}

const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
void (searchPage ? setUpSearchPage(searchPage) : setUpDialog());

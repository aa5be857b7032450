// The only script every page loads. It stays tiny: the search interface (Pagefind's Component UI,
// about 40 KB gzipped) and the highlighter are fetched only when a reader asks for them.

import { HIGHLIGHT_PARAM } from '../utils/search';
// Bundled on its own (Vite's worker build is the way to get a separate bundle's address), and run on the
// page itself, only on pages opened from a search result.
import highlightScript from './highlight.ts?worker&url';

const PAGEFIND = '/pagefind/';

// Script elements rather than import(): a bundled import() would add Vite's preload helper, which weighs
// more than the rest of this file.
function loadScript(src: string, type = 'text/javascript'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

function loadStylesheet(href: string): void {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

let searchUi: Promise<void> | undefined;

/** Pagefind's Component UI, loaded once, on first use. */
function loadSearchUi(): Promise<void> {
  searchUi ??= (async () => {
    loadStylesheet(`${PAGEFIND}pagefind-component-ui.css`);
    await loadScript(`${PAGEFIND}pagefind-component-ui.js`);
  })();
  return searchUi;
}

interface PagefindModal extends HTMLElement {
  open(): void;
}

interface PagefindInstance {
  on(event: 'results', handler: () => void): void;
  on(event: 'search', handler: (term: string) => void): void;
}

/** The Pagefind instance behind the search box, once the interface has loaded. */
function searchInstance(): PagefindInstance {
  const { PagefindComponents } = window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(name: string): PagefindInstance } } };
  return PagefindComponents.getInstanceManager().getInstance('default');
}

let dialogReady: Promise<void> | undefined;

/** The dialog, added to the page and its interface loaded, once. */
function setUpDialog(): Promise<void> {
  dialogReady ??= (async () => {
    const template = document.querySelector<HTMLTemplateElement>('#search-dialog');
    if (template) document.body.append(template.content.cloneNode(true));
    await loadSearchUi();
    await customElements.whenDefined('pagefind-modal');
    // The link to every result follows each search (typed, cleared or reset), so the search page opens on
    // the same query. Its address is the one the page was built with (src/routes.ts); only the query changes.
    const allResults = () => document.querySelector<HTMLAnchorElement>('pagefind-modal a[data-search-all]');
    const searchPage = allResults()?.getAttribute('href') ?? '';
    searchInstance().on('search', (term) => {
      const link = allResults();
      const query = term.trim();
      if (link) link.href = query ? `${searchPage}?q=${encodeURIComponent(query)}` : searchPage;
    });
  })();
  return dialogReady;
}

async function openSearch(): Promise<void> {
  // On the search page itself, the page's own search box is the place to type.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input');
  if (pageInput) return pageInput.focus();
  await setUpDialog();
  document.querySelector<PagefindModal>('pagefind-modal')?.open();
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function setUpSearch(): void {
  // The search link goes to /search/ without JavaScript; with it, the same link opens the dialog.
  document.querySelectorAll<HTMLAnchorElement>('a[data-search-link]').forEach((link) => {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      void openSearch();
    });
  });
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
    if ((slash && !isTyping(event.target)) || commandK) {
      if (document.querySelector('pagefind-modal dialog[open]')) return;
      event.preventDefault();
      void openSearch();
    }
  });
}

/** The search page: the interface appears above the A–Z index, with the query of ?q= (the SearchAction URL). */
function setUpSearchPage(): void {
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  if (!page) return;
  page.hidden = false;
  void loadSearchUi().then(() => {
    const query = new URLSearchParams(location.search).get('q');
    if (!query) return;
    // Faceted mode first lists everything with an empty search once the index has loaded, which would
    // wipe an earlier query; type the query as a reader would once that first list is in.
    let typed = false;
    searchInstance().on('results', () => {
      const input = page.querySelector<HTMLInputElement>('pagefind-input input');
      if (typed || !input) return;
      typed = true;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  });
}

function setUpHighlight(): void {
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void loadScript(highlightScript, 'module');
}

type Theme = 'light' | 'dark';

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function setUpThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const show = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  button.hidden = false;
  show();
  button.addEventListener('click', () => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
    show();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', show);
}

setUpSearch();
setUpSearchPage();
setUpHighlight();
setUpThemeToggle();

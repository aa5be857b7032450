// The only script every page loads. It stays tiny: the search interface (src/browser/search.ts, with
// Pagefind's Component UI) and the highlighter are fetched only when a reader asks for them.

import { HIGHLIGHT_PARAM, OPEN_SEARCH_EVENT } from '../utils/search';
// Each bundled on its own (Vite's worker build is the way to get a separate bundle's address), and run
// on the page itself.
import highlightScript from './highlight.ts?worker&url';
import searchScript from './search.ts?worker&url';

// A script element rather than import(): a bundled import() would add Vite's preload helper, which
// weighs more than the rest of this file.
function loadModule(src: string, onError?: () => void): void {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  if (onError) script.onerror = onError;
  document.head.append(script);
}

let searchLoaded = false;

function openSearch(): void {
  // On the search page itself, the page's own search box is the place to type.
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input');
  if (pageInput) return pageInput.focus();
  // The search module opens the dialog once it has loaded, and listens for the next times.
  if (searchLoaded) document.dispatchEvent(new Event(OPEN_SEARCH_EVENT));
  // Should the module fail to load, the search page (the link's own address) still works.
  else loadModule(searchScript, () => location.assign(document.querySelector<HTMLAnchorElement>('a[data-search-link]')?.href ?? '/search/'));
  searchLoaded = true;
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
      openSearch();
    });
  });
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
    if ((slash && !isTyping(event.target)) || commandK) {
      if (document.querySelector('pagefind-modal dialog[open]')) return;
      event.preventDefault();
      openSearch();
    }
  });
}

function setUpSearchPage(): void {
  if (document.querySelector('[data-search-page]')) loadModule(searchScript);
}

function setUpHighlight(): void {
  if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) loadModule(highlightScript);
}

/** Print buttons need script to work, so they appear only with it. */
function setUpPrintButtons(): void {
  document.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => print());
  });
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
setUpPrintButtons();
setUpThemeToggle();

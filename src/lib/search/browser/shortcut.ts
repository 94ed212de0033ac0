/**
 * <search-shortcut>: "/" moves the focus to a search box from anywhere, as on most search sites.
 * The page's own search box (data-search-shortcut="page", on /search/) wins over the header's.
 *
 * On every page, so it stays under 1 KB: a page reached from a search result (?hl=…, arrival.ts)
 * loads the highlighter from here, and only then.
 */
import highlighter from './highlight.ts?worker&url';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

class SearchShortcut extends HTMLElement {
  #onKey = (event: KeyboardEvent) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTypingTarget(event.target)) return;
    const box =
      document.querySelector<HTMLInputElement>('input[data-search-shortcut="page"]') ??
      this.querySelector<HTMLInputElement>('input');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  };

  connectedCallback() {
    document.addEventListener('keydown', this.#onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.#onKey);
  }
}

customElements.define('search-shortcut', SearchShortcut);

// 'hl' is HIGHLIGHT_PARAM (arrival.ts), spelled out so this script imports nothing.
if (new URLSearchParams(location.search).has('hl')) void import(/* @vite-ignore */ highlighter);

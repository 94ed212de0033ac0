/**
 * <citation-copy>: fills in the online citation's access date with the reader's today, and
 * shows the copy buttons (hidden in the HTML, so without this script there is no dead
 * button and the text is simply selectable). A button's value is the id of its citation;
 * what the live region then says is in its data-done / data-fail, kept in the HTML so this
 * script stays small (article pages allow 1 KB of script). Where the clipboard is refused
 * (an insecure origin, a denied permission), the citation is selected instead for Ctrl+C.
 */

/** The reader's local date as GB/T 7714 writes it: YYYY-MM-DD. */
export function accessDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

class CitationCopy extends HTMLElement {
  connectedCallback() {
    for (const slot of this.querySelectorAll('[data-access-date]')) slot.textContent = accessDate(new Date());
    const status = this.querySelector('[data-copy-status]')!;
    for (const button of this.querySelectorAll('button')) {
      button.hidden = false;
      button.onclick = async () => {
        const citation = document.getElementById(button.value)!;
        try {
          await navigator.clipboard.writeText(citation.textContent!.trim());
          status.textContent = button.dataset.done!;
        } catch {
          getSelection()?.selectAllChildren(citation);
          status.textContent = button.dataset.fail!;
        }
      };
    }
  }
}

customElements.define('citation-copy', CitationCopy);

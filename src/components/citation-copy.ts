/**
 * <citation-copy>: fills in the online citation's access date with the reader's today, and
 * shows a copy button beside each citation. The buttons are hidden in the HTML and shown
 * here, so without this script there is no dead button and the text is simply selectable.
 * Copying says what happened in a live region; where the clipboard is refused (an insecure
 * origin, a denied permission), the citation is selected instead for Ctrl+C.
 */

/** The reader's local date as GB/T 7714 writes it: YYYY-MM-DD. */
export function accessDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

class CitationCopy extends HTMLElement {
  #status: HTMLElement | null = null;

  connectedCallback() {
    this.#status = this.querySelector('[data-copy-status]');
    for (const slot of this.querySelectorAll<HTMLElement>('[data-access-date]')) {
      slot.textContent = accessDate(new Date());
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
      button.hidden = false;
      button.addEventListener('click', () => void this.#copy(button));
    }
  }

  async #copy(button: HTMLButtonElement) {
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(button.dataset.copyTarget ?? '')}`);
    if (!target) return;
    const what = button.dataset.copyLabel ?? '引文';
    try {
      await navigator.clipboard.writeText((target.textContent ?? '').trim());
      this.#say(`已复制${what}`);
    } catch {
      const selection = getSelection();
      const range = document.createRange();
      range.selectNodeContents(target);
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.#say(`无法写入剪贴板，已选中${what}，请按 Ctrl+C 复制`);
    }
  }

  #say(message: string) {
    if (!this.#status) return;
    // Cleared first, so saying the same thing twice is announced twice.
    this.#status.textContent = '';
    requestAnimationFrame(() => {
      if (this.#status) this.#status.textContent = message;
    });
  }
}

customElements.define('citation-copy', CitationCopy);

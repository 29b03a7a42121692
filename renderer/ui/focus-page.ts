// After a move from the sidebar, focus goes to the new page's heading (or the page itself), so a
// screen reader announces where the user is and Tab continues in the page, not in the sidebar.
// The new page may still be loading (lazy pages, deferred rendering): wait for it, a moment at most.
const WAIT_MS = 3000;

/** `target`: a selector in the page to focus instead of its heading (a section of it). */
export function focusPageWhenShown(area: string, target?: string): void {
  const started = performance.now();
  const attempt = () => {
    const main = document.querySelector<HTMLElement>('#main');
    const ready = main && main.dataset.area === area && !main.querySelector(':scope > .loading');
    const wanted = ready && target ? main.querySelector<HTMLElement>(target) : null;
    if (wanted) {
      if (!wanted.hasAttribute('tabindex')) wanted.tabIndex = -1;
      wanted.focus();
      wanted.scrollIntoView({ block: 'start' });
      return;
    }
    if (ready && !target) {
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      (heading ?? main).focus();
      return;
    }
    if (performance.now() - started < WAIT_MS) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

import type { Page } from 'playwright-core';

export type Overflow = {
  /** The page's own width against the window's: more means a sideways scroll bar. */
  scrollWidth: number;
  clientWidth: number;
  /** Elements that reach past the right edge, outside any container that scrolls itself. */
  sticksOut: string[];
};

/**
 * Measures whether the page fits the window's width. Data tables and the risk map may scroll
 * sideways inside their own container (WCAG 1.4.10 allows it for two-dimensional content); what
 * sticks out of such a container is its business, as long as the container itself fits.
 * Elements placed off to the left to hide them (a skip link) make no scroll bar and are skipped.
 */
export const measureOverflow = (page: Page): Promise<Overflow> =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const scrollsItself = (element: Element) => {
      const { overflowX } = getComputedStyle(element);
      return overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden';
    };
    const insideScroller = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body;) {
        if (scrollsItself(node)) return true;
        node = node.parentElement;
      }
      return false;
    };
    const describe = (element: Element, right: number) => {
      const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
      const classes = element.getAttribute('class') ?? '';
      const label = name.trim().replace(/\s+/g, ' ').slice(0, 50);
      return `${element.tagName.toLowerCase()}${classes ? `.${classes.split(' ').join('.')}` : ''} "${label}" reaches ${Math.round(right)} px`;
    };
    const sticksOut: string[] = [];
    const reported = new Set<Element>();
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right <= width + 1) continue;
      if (getComputedStyle(element).visibility === 'hidden') continue;
      if (insideScroller(element)) continue;
      // Only the outermost: its children go with it.
      if (element.parentElement && reported.has(element.parentElement)) {
        reported.add(element);
        continue;
      }
      reported.add(element);
      sticksOut.push(describe(element, box.right));
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, sticksOut };
  });

import type { RefObject } from 'react';
import { useEffect } from 'react';

/**
 * A box that scrolls sideways (a wide table in a narrow window) must be reachable by keyboard to
 * be scrolled (WCAG 2.1.1), and named when it has focus. While its content is wider than it is,
 * it is a Tab stop and a region called `label`; otherwise it is neither, so a wide window gets
 * no extra stop and no extra landmark.
 */
export const useOverflowTabStop = (ref: RefObject<HTMLElement | null>, label: string) => {
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
      } else {
        for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
      }
    };
    update();
    // The box's own size, and its content's (a table fills in once its data is read).
    const resize = new ResizeObserver(update);
    resize.observe(box);
    const content = new MutationObserver(update);
    content.observe(box, { childList: true, subtree: true, characterData: true });
    return () => {
      resize.disconnect();
      content.disconnect();
    };
  }, [ref, label]);
};

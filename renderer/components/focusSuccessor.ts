import { isFocusable, tabbable } from 'tabbable';

/** Where a search for a successor stops widening: the part of the page the control was in. */
const BOUNDARY = 'section, [role="region"], [role="dialog"], [role="group"], form, main';

/** A control that can take focus now: on the page, shown, not disabled, not inert. */
export const canTakeFocus = (element: Element | null | undefined): element is HTMLElement =>
  element instanceof HTMLElement && element.isConnected && isFocusable(element);

const labelOf = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The same kind of control with the same visible label: "Päivitä tila" in the next row. */
const isCounterpart = (candidate: Element, lost: Element | null) =>
  lost !== null && candidate.tagName === lost.tagName && labelOf(candidate) === labelOf(lost);

/** A control inside (or being) `node`: the lost control's counterpart if there is one. */
const pickIn = (node: Node, lost: Element | null, end: 'first' | 'last') => {
  if (!(node instanceof HTMLElement)) return null;
  const controls = tabbable(node, { includeContainer: true }).filter(
    (control): control is HTMLElement => control instanceof HTMLElement,
  );
  return (
    controls.find((control) => isCounterpart(control, lost)) ??
    (end === 'first' ? controls[0] : controls.at(-1)) ??
    null
  );
};

/** Lets a heading take focus (but not be a Tab stop). */
const focusableHeading = (heading: HTMLElement | null) => {
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  return heading;
};

/** The heading that names a part of the page, made able to take focus. */
export const headingOf = (boundary: Element | null): HTMLElement | null => {
  if (!boundary) return null;
  const labelledBy = boundary.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  return focusableHeading(
    (labelledBy ? document.getElementById(labelledBy) : null) ??
      boundary.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6'),
  );
};

/** The heading of the screen (its h1), made able to take focus. */
export const pageHeading = (): HTMLElement | null =>
  focusableHeading(document.querySelector<HTMLElement>('#main h1'));

export type LostPlace = {
  /** The control that had focus (it may be detached by now). */
  lost: Element | null;
  /** The element it was removed from, and its siblings either side at that moment. */
  parent: Element | null;
  previous: Node | null;
  next: Node | null;
};

/**
 * Where focus goes when a control left the page: the same control in the next item (the next
 * row's "Päivitä tila"), else the first control after it, else the nearest before it, else
 * the first control that took its place; widening step by step up to the part of the page it
 * was in, then that part's heading, then the main area. Never the page body.
 */
export const successorOf = ({ lost, parent, previous, next }: LostPlace): HTMLElement | null => {
  let container = parent;
  let before = previous;
  let after = next;
  while (container?.isConnected) {
    for (let node = after; node; node = node.nextSibling) {
      const found = pickIn(node, lost, 'first');
      if (found) return found;
    }
    for (let node = before; node; node = node.previousSibling) {
      const found = pickIn(node, lost, 'last');
      if (found) return found;
    }
    // Its neighbours went with it (a row of buttons replaced by the next step's): what now
    // stands in the same place.
    const replacement = pickIn(container, lost, 'first');
    if (replacement) return replacement;
    if (container.matches(BOUNDARY)) {
      const heading = headingOf(container);
      if (heading) return heading;
    }
    before = container.previousSibling;
    after = container.nextSibling;
    container = container.parentElement;
  }
  return document.getElementById('main');
};

/**
 * Remembers where a control is now, to find its successor later if it leaves: for each of its
 * ancestors, the parent and the position in it. Later, the level where it was cut off the page
 * tells what now stands in its place.
 */
export const rememberPlace = (element: Element): (() => LostPlace) => {
  const levels: { node: Element; parent: Element; index: number }[] = [];
  for (let node = element; node.parentElement; node = node.parentElement) {
    const parent = node.parentElement;
    levels.push({ node, parent, index: Array.prototype.indexOf.call(parent.childNodes, node) });
  }
  return () => {
    const level = levels.find(({ node, parent }) => !node.isConnected && parent.isConnected);
    if (!level) return { lost: element, parent: null, previous: null, next: null };
    const children = level.parent.childNodes;
    const index = Math.min(level.index, children.length);
    return {
      lost: element,
      parent: level.parent,
      previous: children[index - 1] ?? null,
      next: children[index] ?? null,
    };
  };
};

import type { LostPlace } from './focusSuccessor';
import { canTakeFocus, pageHeading, rememberPlace, successorOf } from './focusSuccessor';

export type PickFocus = () => HTMLElement | null | undefined;

/** A closed dialog's way back: what opened it, where that was, and the dialog's own choice. */
type Handover = { opener: Element | null; place: (() => LostPlace) | null; fallback?: PickFocus };

let uninstall: (() => void) | null = null;
/** The control that has focus, or had it last. */
let current: Element | null = null;
let handover: Handover | null = null;
/** A screen's successor for the control it is about to change (until the user's next input). */
let rescue: PickFocus | null = null;
/** Each overlay (a portal beside the app root) and the control that had focus when it opened. */
const overlayOpeners = new WeakMap<Element, Element>();

const isFocusLost = () => {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
};

/** The top-level element that holds `element`: the app root, or an overlay's portal. */
const layerOf = (element: Element) => {
  let node = element;
  while (node.parentElement && node.parentElement !== document.body) node = node.parentElement;
  return node;
};

/** Where the control that had focus went, read from the changes that removed it. */
const removalOf = (lost: Element, records: MutationRecord[]) => {
  for (const record of records) {
    for (const node of record.removedNodes) {
      if (node === lost || node.contains(lost)) return { record, node };
    }
  }
  return null;
};

/**
 * A modal dialog makes the rest of the page inert while it is open (React Aria), and gives it
 * back only in an effect after the dialog has left the page: until then its opener cannot take
 * focus. The dialog is gone, so the layer that holds the opener is given back now.
 */
const releaseLayerOf = (element: Element | null | undefined) => {
  if (!element?.isConnected) return;
  const layer = layerOf(element);
  if (layer instanceof HTMLElement && layer.inert) layer.inert = false;
};

const dialogSuccessor = ({ place, fallback }: Handover) => {
  const chosen = fallback?.();
  if (canTakeFocus(chosen)) return chosen;
  return place ? successorOf(place()) : document.getElementById('main');
};

const pickAfterRemoval = (records: MutationRecord[]): HTMLElement | null => {
  const lost = current;
  if (!lost) return null;
  const removal = removalOf(lost, records);
  // Focus left a control that is still there: the user put it elsewhere; leave it.
  if (!removal) return null;
  // React moves a row by taking it out and putting it back: the same control, once more.
  if (canTakeFocus(lost)) return lost;
  // A screen's heading gave way to the next state's (loading, then the unit): the new one.
  if (lost.tagName === 'H1') return pageHeading();
  const { record, node } = removal;
  if (record.target === document.body && node instanceof Element) {
    const opener = overlayOpeners.get(node);
    releaseLayerOf(opener);
    return canTakeFocus(opener) ? opener : document.getElementById('main');
  }
  return successorOf({
    lost,
    parent: record.target instanceof Element ? record.target : null,
    previous: record.previousSibling,
    next: record.nextSibling,
  });
};

/**
 * Runs after each batch of changes to the page, before the browser paints or takes the next
 * key: if they took focus away (the page body has it), it goes where the user expects.
 */
const handleChanges = (records: MutationRecord[]) => {
  const dialog = handover;
  handover = null;
  if (!isFocusLost()) return;
  releaseLayerOf(dialog?.opener);
  const rescued = rescue?.();
  const candidates = [
    () => (canTakeFocus(dialog?.opener) ? dialog.opener : null),
    () => rescued,
    () => (dialog ? dialogSuccessor(dialog) : null),
    () => pickAfterRemoval(records),
  ];
  for (const candidate of candidates) {
    const target = candidate();
    if (canTakeFocus(target)) {
      // A screen's rescue is for one change; the dialog's way back may come before it.
      if (target === rescued) rescue = null;
      target.focus();
      return;
    }
  }
};

const handleFocusIn = (event: FocusEvent) => {
  if (!(event.target instanceof Element)) return;
  const layer = layerOf(event.target);
  if (current?.isConnected && layerOf(current) !== layer && !overlayOpeners.has(layer)) {
    overlayOpeners.set(layer, current);
  }
  current = event.target;
};

const DIALOG = '[role="dialog"], [role="alertdialog"]';

/** The dialog that has just opened over the page, if focus has not reached it yet. */
const openDialog = () => [...document.querySelectorAll(DIALOG)].reverse().find(canTakeFocus);

/**
 * A control that was disabled, hidden or made inert while it had focus: Chromium drops focus on
 * the body. A modal dialog that opens makes the page inert before it takes focus itself (React
 * Aria), so the dialog takes it at once; a disabled control passes it to its neighbour.
 */
const handleFocusOut = (event: FocusEvent) => {
  if (event.relatedTarget || !(event.target instanceof HTMLElement)) return;
  // Typed wider than the type guard below narrows to: a disabled control is still an element.
  const left: Element = event.target;
  queueMicrotask(() => {
    if (!isFocusLost() || !left.isConnected) return;
    // React Aria blurs an open dialog once, half a second after it opened, and focuses it
    // again only a frame later (for VoiceOver): keep it, as the dialog would take it back.
    if (left.matches(DIALOG) && canTakeFocus(left)) {
      left.focus();
      return;
    }
    if (canTakeFocus(left)) return;
    let target = left.closest('[inert]') ? openDialog() : rescue?.();
    if (!canTakeFocus(target)) {
      target = successorOf({
        lost: left,
        parent: left.parentElement,
        previous: left.previousSibling,
        next: left.nextSibling,
      });
    }
    if (canTakeFocus(target)) {
      rescue = null;
      target.focus();
    }
  });
};

const handleUserInput = () => {
  rescue = null;
};

/**
 * Keeps keyboard focus off the page body. When a change removes or disables the control that
 * has focus (a dialog closes, a row leaves a list, a row moves, a button gives way to the next
 * step's), focus goes at once to the control that opened the dialog, or the screen's chosen
 * successor, or the same control in the next row, or the nearest control, or the heading of
 * the part of the page it was in. A MutationObserver answers in the same task as the change,
 * so no key press or paint ever finds focus on the body. Installed once; returns the uninstall.
 */
export const installFocusKeeper = (): (() => void) => {
  if (uninstall) return uninstall;
  const observer = new MutationObserver(handleChanges);
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('focusin', handleFocusIn, true);
  document.addEventListener('focusout', handleFocusOut, true);
  document.addEventListener('keydown', handleUserInput, true);
  document.addEventListener('pointerdown', handleUserInput, true);
  if (document.activeElement !== document.body) current = document.activeElement;
  uninstall = () => {
    observer.disconnect();
    document.removeEventListener('focusin', handleFocusIn, true);
    document.removeEventListener('focusout', handleFocusOut, true);
    document.removeEventListener('keydown', handleUserInput, true);
    document.removeEventListener('pointerdown', handleUserInput, true);
    current = null;
    handover = null;
    rescue = null;
    uninstall = null;
  };
  return uninstall;
};

/** What had focus when a dialog opened, and where it was: to come back to when it closes. */
export const captureOpener = (): Omit<Handover, 'fallback'> => {
  const opener = document.activeElement;
  if (!opener || opener === document.body) return { opener: null, place: null };
  return { opener, place: rememberPlace(opener) };
};

/** A dialog is closing: when it is gone, focus goes back to its opener (or `fallback`). */
export const handOverFocus = (origin: Omit<Handover, 'fallback'>, fallback?: PickFocus) => {
  installFocusKeeper();
  handover = { ...origin, ...(fallback ? { fallback } : {}) };
};

/**
 * A screen is about to change the control that has focus (a step button is replaced by the
 * next phase's): if focus is lost before the user's next key press or click, `pick` decides
 * where it goes.
 */
export const rescueFocusWith = (pick: PickFocus) => {
  installFocusKeeper();
  rescue = pick;
};

import { afterPaint } from './plainRows';

const firstIndex = (box: Element) =>
  Number(box.querySelector('tbody tr[data-index]')?.getAttribute('data-index') ?? -1);

/**
 * From the top of the register, scrolls `rows` rows down in one jump (the rendered rows'
 * average height times `rows`) and waits until rows that far down are rendered and painted: ms.
 * Virtual rows make this a constant cost however far the jump.
 */
export const scrollRows = async (rows: number, selector = '.register-scroll', timeout = 30_000) => {
  const box = document.querySelector(selector);
  if (!box) throw new Error(`${selector} is not on the page`);
  box.scrollTop = 0;
  await afterPaint();
  const rendered = [...box.querySelectorAll('tbody tr[data-index]')];
  const top = rendered[0]?.getBoundingClientRect().top ?? 0;
  const bottom = rendered.at(-1)?.getBoundingClientRect().bottom ?? 0;
  const height = rendered.length > 0 ? (bottom - top) / rendered.length : 72;
  const from = firstIndex(box);
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`scrolled from row ${from} only to row ${firstIndex(box)}`));
    }, timeout);
    const observer = new MutationObserver(() => {
      if (firstIndex(box) < from + rows * 0.9) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(box, { childList: true, subtree: true });
    box.scrollTop += rows * height;
  });
  await afterPaint();
  return { ms: performance.now() - started, from, to: firstIndex(box) };
};

/** Scrolls until row `index` is rendered (its check box in the DOM), closing in on it. */
export const scrollToRow = async (index: number, selector = '.register-scroll') => {
  const box = document.querySelector(selector);
  if (!box) throw new Error(`${selector} is not on the page`);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (box.querySelector(`input[data-row="${index}"]`)) return true;
    const rendered = [...box.querySelectorAll('tbody tr[data-index]')];
    const first = firstIndex(box);
    const last = Number(rendered.at(-1)?.getAttribute('data-index') ?? first);
    const height =
      rendered.length > 0
        ? (rendered.at(-1)!.getBoundingClientRect().bottom -
            rendered[0]!.getBoundingClientRect().top) /
          rendered.length
        : 72;
    const middle = (first + last) / 2;
    box.scrollTop += (index - middle) * height;
    await afterPaint();
  }
  return false;
};

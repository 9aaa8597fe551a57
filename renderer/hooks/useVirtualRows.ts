import type { RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

/** Up to this many rows a table paints them all (a unit's own rows); above it, only what shows. */
export const VIRTUALISE_ABOVE = 100;

type Options = {
  count: number;
  scrollRef: RefObject<HTMLElement | null>;
  /** A first guess of a row's height in pixels; rendered rows are measured. */
  estimateSize: number;
  /**
   * What a measured height belongs to: a row's id keeps it with the row when the order
   * changes; left out, it belongs to the position. A new key function, or new keys, make the
   * virtualizer lay out every row again (about 25 ms for 50,000).
   */
  getItemKey?: (index: number) => string;
};

export type VirtualRows = {
  isVirtual: boolean;
  /** Indexes of the rows to render, in order. */
  indexes: number[];
  /** Heights of the empty rows standing in for those above and below. */
  paddingTop: number;
  paddingBottom: number;
  /** Ref for each rendered `<tr data-index>`, so its real height is measured. */
  measureRow: ((element: Element | null) => void) | undefined;
  scrollToIndex: (index: number) => void;
};

/**
 * Virtual rows for a plain `<table>`: the rows in view (and a few beyond) are rendered between
 * two spacer rows, so the DOM stays small and the scroll bar still shows the whole length.
 * Short tables render every row, exactly as before.
 */
export const useVirtualRows = ({
  count,
  scrollRef,
  estimateSize,
  getItemKey,
}: Options): VirtualRows => {
  const isVirtual = count > VIRTUALISE_ABOVE;
  // No React Compiler here: the virtualizer re-renders this component itself when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    enabled: isVirtual,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    ...(getItemKey ? { getItemKey } : {}),
    overscan: 8,
    // Until the scroll box has been measured, assume a screenful so the first paint has rows.
    initialRect: { width: 1_000, height: 800 },
  });
  if (!isVirtual) {
    return {
      isVirtual,
      indexes: Array.from({ length: count }, (_, index) => index),
      paddingTop: 0,
      paddingBottom: 0,
      measureRow: undefined,
      scrollToIndex: () => undefined,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    isVirtual,
    indexes: items.map((item) => item.index),
    paddingTop: first ? first.start : 0,
    paddingBottom: last ? Math.max(0, virtualizer.getTotalSize() - last.end) : 0,
    measureRow: virtualizer.measureElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
};

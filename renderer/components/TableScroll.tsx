import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useOverflowTabStop } from './useOverflowTabStop';

/**
 * The box around a data table that may scroll sideways in a narrow window, while the page does
 * not (WCAG 1.4.10). For tables with nothing focusable in them: the box itself then becomes a
 * Tab stop named `label` while it scrolls.
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null);
  useOverflowTabStop(ref, label);
  return (
    <div ref={ref} className="table-scroll">
      {children}
    </div>
  );
};

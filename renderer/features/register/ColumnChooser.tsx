import type { KeyboardEvent } from 'react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props<C extends string> = {
  /** Every column in display order; the first is always shown. */
  columns: readonly C[];
  visible: readonly C[];
  label: (column: C) => string;
  onChange: (visible: C[]) => void;
};

/**
 * A button that opens a list of check boxes, one per column. The choice goes into the URL with
 * the rest of the view. Escape closes the list and returns focus to the button.
 */
export const ColumnChooser = <C extends string>({
  columns,
  visible,
  label,
  onChange,
}: Props<C>) => {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const toggle = (column: C, isShown: boolean) =>
    onChange(
      columns.filter(
        (candidate) =>
          candidate === columns[0] ||
          (candidate === column ? isShown : visible.includes(candidate)),
      ),
    );
  const handleKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setIsOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <div className="column-chooser">
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        {t('register.columns.chooser')} <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      <fieldset id={panelId} className="column-chooser__panel" hidden={!isOpen}>
        <legend>{t('register.columns.legend')}</legend>
        {columns.map((column, index) => (
          <label key={column} className="checkbox">
            <input
              type="checkbox"
              checked={index === 0 || visible.includes(column)}
              disabled={index === 0}
              onKeyDown={handleKey}
              onChange={(event) => toggle(column, event.target.checked)}
            />
            {index === 0
              ? t('register.columns.alwaysShown', { column: label(column) })
              : label(column)}
          </label>
        ))}
      </fieldset>
    </div>
  );
};

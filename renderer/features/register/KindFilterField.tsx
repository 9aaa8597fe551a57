import { useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import type { TableKind } from '../../../shared/domain/table-kind';
import { labelsOf } from '../../../shared/domain/table-kind';

type Props = {
  kinds: readonly TableKind[];
  /** The chosen kind ids; none chosen shows every kind. */
  chosen: readonly string[];
  onChange: (kinds: string[]) => void;
};

/**
 * The register's table kind filter: one checkbox per kind of the organisation, in the budget's
 * order and named in the user's language. Retired kinds stay: their rows are still listed.
 */
export const KindFilterField = ({ kinds, chosen, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const helpId = useId();
  // The choice as last changed here: a second box ticked before the address has come back
  // builds on the first, not on the choice still shown.
  const latest = useRef(chosen);
  useLayoutEffect(() => {
    latest.current = chosen;
  }, [chosen]);
  const toggle = (id: string, isOn: boolean) => {
    // Kept in the kinds' own order, so the same choice always makes the same address.
    const next = kinds
      .map((kind) => kind.id)
      .filter((kindId) => (kindId === id ? isOn : latest.current.includes(kindId)));
    latest.current = next;
    onChange(next);
  };
  return (
    <fieldset className="register-filters__kinds" aria-describedby={helpId}>
      <legend>{t('register.kind')}</legend>
      <p id={helpId} className="field__help">
        {t('register.kindHelp')}
      </p>
      <div className="register-filters__kind-list">
        {kinds.map((kind) => (
          <label key={kind.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(kind.id)}
              onChange={(event) => toggle(kind.id, event.target.checked)}
            />
            {labelsOf(kind, language).name}
            {kind.retired && <span className="muted"> ({t('goals.kinds.retired')})</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
};

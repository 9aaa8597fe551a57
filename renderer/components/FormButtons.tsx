import { useTranslation } from 'react-i18next';

/**
 * Save and cancel at the foot of a dialog's form; "Tallennetaan…" while the write is in flight.
 * The save button is never `disabled` while saving: a disabled button loses focus to the page
 * body, and a key pressed then lands outside the dialog. It says it is busy (aria-disabled) and
 * ignores a second press instead, so the form is not sent twice.
 */
export const FormButtons = ({
  isSubmitting,
  onCancel,
}: {
  isSubmitting: boolean;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  return (
    <div className="form__buttons">
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={isSubmitting}
        onClick={(event) => {
          // Also stops Enter in a field: implicit submission clicks this button first.
          if (isSubmitting) event.preventDefault();
        }}
      >
        {isSubmitting ? t('app.saving') : t('app.save')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('app.cancel')}
      </button>
    </div>
  );
};

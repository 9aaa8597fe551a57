import { useTranslation } from 'react-i18next';

type Props = {
  isSubmitting: boolean;
  /** Left out where the form is part of a page, not a dialog (nothing to cancel). */
  onCancel?: () => void;
  submitLabel?: string;
  submittingLabel?: string;
  cancelLabel?: string;
  /** The form cannot be sent yet, and the submit label says why (e.g. conflicts left): disabled. */
  isBlocked?: boolean;
  /** Cancel would leave a write half seen (a merge being written): it says so and does nothing. */
  isCancelDisabled?: boolean;
};

/**
 * Save and cancel at the foot of a form; "Tallennetaan…" while the write is in flight.
 * The save button is never `disabled` while saving: a disabled button loses focus to the page
 * body, and a key pressed then lands outside the dialog. It says it is busy (aria-disabled) and
 * ignores a second press instead, so the form is not sent twice. The sibling of DialogButtons.
 */
export const FormButtons = ({
  isSubmitting,
  onCancel,
  submitLabel,
  submittingLabel,
  cancelLabel,
  isBlocked = false,
  isCancelDisabled = false,
}: Props) => {
  const { t } = useTranslation();
  return (
    <div className="form__buttons">
      <button
        type="submit"
        className="button button--primary"
        disabled={isBlocked}
        aria-disabled={isSubmitting}
        onClick={(event) => {
          // Also stops Enter in a field: implicit submission clicks this button first.
          if (isSubmitting) event.preventDefault();
        }}
      >
        {isSubmitting ? (submittingLabel ?? t('app.saving')) : (submitLabel ?? t('app.save'))}
      </button>
      {onCancel && (
        <button
          type="button"
          className="button"
          aria-disabled={isCancelDisabled || undefined}
          onClick={() => {
            if (!isCancelDisabled) onCancel();
          }}
        >
          {cancelLabel ?? t('app.cancel')}
        </button>
      )}
    </div>
  );
};

import { useTranslation } from 'react-i18next';

export type DialogButton = {
  label: string;
  onPress: () => void;
  /**
   * Cannot be pressed now (a run in flight, a closed year). Never `disabled`: a disabled button
   * loses focus to the page body. It says so (aria-disabled) and ignores a press instead.
   */
  isDisabled?: boolean;
  /** Shown instead of `label` while disabled (e.g. "Tallennetaan…"). */
  busyLabel?: string;
  /** A longer accessible name where the label alone is ambiguous (e.g. with the record's name). */
  accessibleName?: string;
};

type Props = {
  /** The dialog's answer (Palauta, Sulje vuosi…): the primary button, first. */
  primary?: DialogButton;
  /** A side step (download first, save the list): a plain button after the primary. */
  secondary?: DialogButton;
  /** Cancels or closes, always pressable: "Peruuta" unless `cancelLabel` says otherwise. */
  onCancel?: () => void;
  cancelLabel?: string;
  isCancelQuiet?: boolean;
};

const CommandButton = ({ button, className }: { button: DialogButton; className: string }) => (
  <button
    type="button"
    className={className}
    aria-label={button.accessibleName}
    aria-disabled={button.isDisabled ?? false}
    onClick={() => {
      if (!button.isDisabled) button.onPress();
    }}
  >
    {button.isDisabled && button.busyLabel ? button.busyLabel : button.label}
  </button>
);

/**
 * The row of buttons at the foot of a dialog or a step that is not a form: the sibling of
 * FormButtons (whose save button submits). Every dialog gets the same order, the same busy
 * state and the same focus behaviour.
 */
export const DialogButtons = ({
  primary,
  secondary,
  onCancel,
  cancelLabel,
  isCancelQuiet = false,
}: Props) => {
  const { t } = useTranslation();
  return (
    <div className="form__buttons">
      {primary && <CommandButton button={primary} className="button button--primary" />}
      {secondary && <CommandButton button={secondary} className="button" />}
      {onCancel && (
        <button
          type="button"
          className={isCancelQuiet ? 'button button--quiet' : 'button'}
          onClick={onCancel}
        >
          {cancelLabel ?? t('app.cancel')}
        </button>
      )}
    </div>
  );
};

import { useTranslation } from 'react-i18next';

/** Save and cancel at the foot of a dialog's form; "Tallennetaan…" while the write is in flight. */
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
      <button type="submit" className="button button--primary" disabled={isSubmitting}>
        {isSubmitting ? t('app.saving') : t('app.save')}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {t('app.cancel')}
      </button>
    </div>
  );
};

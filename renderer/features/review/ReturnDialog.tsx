import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import { useRepositories } from '../../data/RepositoryProvider';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { TextField } from '../../components/TextField';

type Props = { unit: Unit; year: number; onClose: () => void; onSaved: () => void };

/** Returns a unit's year to its manager with a comment they will see on the unit's page. */
export const ReturnDialog = ({ unit, year, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { reviews } = useRepositories();
  const errorText = useErrorText();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  const handleReturn = async () => {
    setError(null);
    try {
      await reviews.returnToUnit(unit.id, year, comment);
      onSaved();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <ModalDialog title={t('review.returnTitle', { unit: unit.name })} isOpen onClose={onClose}>
      <div className="form">
        <TextField
          multiline
          label={t('review.returnComment')}
          isRequired
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <ErrorAlert message={error} />
        <div className="form__buttons">
          <button type="button" className="button button--primary" onClick={handleReturn}>
            {t('review.return')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
};

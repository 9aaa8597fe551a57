import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import { useRepositories } from '../../data/RepositoryProvider';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { ModalDialog } from '../../components/ModalDialog';
import { TextField } from '../../components/TextField';

type Props = { unit: Unit; year: number; onClose: () => void; onSaved: () => void };

/** Returns a unit's year to its manager with a comment they will see on the unit's page. */
export const ReturnDialog = ({ unit, year, onClose, onSaved }: Props) => {
  const { t } = useTranslation();
  const { reviews } = useRepositories();
  const [comment, setComment] = useState('');
  const command = useCommand();

  const handleReturn = () =>
    command.run(async () => {
      await reviews.returnToUnit(unit.id, year, comment);
      onSaved();
    });

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
        <ErrorAlert message={command.error} />
        <DialogButtons
          primary={{ label: t('review.return'), onPress: handleReturn, isDisabled: command.isBusy }}
          onCancel={onClose}
        />
      </div>
    </ModalDialog>
  );
};

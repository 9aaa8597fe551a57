import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import { buildUnitTree, checkPlacement, flattenUnitTree } from '../../../shared/unit-tree';
import { useRepositories } from '../../data/RepositoryProvider';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';

type Props = { unit: Unit; allUnits: Unit[]; onClose: () => void; onMoved: () => void };

/** Moves a unit under another parent; only places the tree rules allow are offered. */
export const MoveUnitDialog = ({ unit, allUnits, onClose, onMoved }: Props) => {
  const { t } = useTranslation();
  const { units } = useRepositories();
  const errorText = useErrorText();
  const candidates = flattenUnitTree(buildUnitTree(allUnits)).filter(
    ({ unit: candidate }) =>
      candidate.id !== unit.parentId &&
      checkPlacement(allUnits, unit.kind, candidate.id, unit.id) === null,
  );
  const [parentId, setParentId] = useState(candidates[0]?.unit.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  const handleMove = async () => {
    if (isSaving) return;
    setError(null);
    setIsSaving(true);
    try {
      await units.move(unit.id, parentId);
      onMoved();
    } catch (failure) {
      setError(errorText(failure));
      setIsSaving(false);
    }
  };

  return (
    <ModalDialog title={t('units.moveTitle', { name: unit.name })} isOpen onClose={onClose}>
      <div className="form">
        {candidates.length === 0 ? (
          <p>{t('units.noParentOptions')}</p>
        ) : (
          <SelectField
            label={t('units.newParent')}
            value={parentId}
            onChange={(event) => setParentId(event.target.value)}
            options={candidates.map(({ unit: candidate, depth }) => ({
              value: candidate.id,
              label: `${'\u00a0\u00a0'.repeat(depth)}${candidate.name} (${t(`units.kinds.${candidate.kind}`)})`,
            }))}
          />
        )}
        <ErrorAlert message={error} />
        <div className="form__buttons">
          {candidates.length > 0 && (
            <button
              type="button"
              className="button button--primary"
              onClick={handleMove}
              aria-disabled={isSaving}
            >
              {t('units.move')}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
};

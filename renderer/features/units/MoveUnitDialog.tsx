import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import { buildUnitTree, checkPlacement, flattenUnitTree } from '../../../shared/unit-tree';
import { useRepositories } from '../../data/RepositoryProvider';
import { DialogButtons } from '../../components/DialogButtons';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { useCommand } from '../../components/useCommand';

type Props = { unit: Unit; allUnits: Unit[]; onClose: () => void; onMoved: () => void };

/** Moves a unit under another parent; only places the tree rules allow are offered. */
export const MoveUnitDialog = ({ unit, allUnits, onClose, onMoved }: Props) => {
  const { t } = useTranslation();
  const { units } = useRepositories();
  const candidates = flattenUnitTree(buildUnitTree(allUnits)).filter(
    ({ unit: candidate }) =>
      candidate.id !== unit.parentId &&
      checkPlacement(allUnits, unit.kind, candidate.id, unit.id) === null,
  );
  const [parentId, setParentId] = useState(candidates[0]?.unit.id ?? '');
  const command = useCommand();

  const handleMove = () =>
    command.run(
      async () => {
        await units.move(unit.id, parentId);
        onMoved();
      },
      { staysBusy: true },
    );

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
        <ErrorAlert message={command.error} />
        <DialogButtons
          primary={
            candidates.length > 0
              ? { label: t('units.move'), onPress: handleMove, isDisabled: command.isBusy }
              : undefined
          }
          onCancel={onClose}
        />
      </div>
    </ModalDialog>
  );
};

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import { childKindsFor } from '../../../shared/unit-tree';
import { useRepositories } from '../../data/RepositoryProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCommand } from '../../components/useCommand';
import { useNotice } from '../../components/Notice';
import { rescueFocusWith } from '../../components/focusKeeper';
import { pageHeading } from '../../components/focusSuccessor';
import { MoveUnitDialog } from './MoveUnitDialog';
import { UnitFormDialog } from './UnitFormDialog';

type Props = { unit: Unit; allUnits: Unit[]; year: number; canEdit: boolean };
type OpenDialog = 'edit' | 'create' | 'move' | null;

/** The selected unit's facts and the commands that change it. */
export const UnitDetails = ({ unit, allUnits, year, canEdit }: Props) => {
  const { t } = useTranslation();
  const { units } = useRepositories();
  const notice = useNotice();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const command = useCommand();
  const close = () => setDialog(null);

  const handleToggleActive = () =>
    command.run(async () => {
      const saved = await units.setActive(unit.id, !unit.active);
      notice.show(t(saved.active ? 'units.activated' : 'units.deactivated', { name: saved.name }));
    });

  const value = (text: string) => text || <span className="muted">{t('units.notSet')}</span>;
  return (
    <section aria-label={t('units.heading')} className="unit-details">
      <dl className="facts">
        <div>
          <dt>{t('units.kind')}</dt>
          <dd>
            {t(`units.kinds.${unit.kind}`)}
            {!unit.active && ` (${t('units.inactive')})`}
          </dd>
        </div>
        <div>
          <dt>{t('units.code')}</dt>
          <dd>{value(unit.code)}</dd>
        </div>
        <div>
          <dt>{t('units.accountable')}</dt>
          <dd>{value(unit.accountable)}</dd>
        </div>
        <div>
          <dt>{t('units.manager')}</dt>
          <dd>{value(unit.manager)}</dd>
        </div>
      </dl>
      {canEdit && (
        <div className="toolbar">
          <button type="button" className="button" onClick={() => setDialog('edit')}>
            {t('app.edit')}
          </button>
          {unit.active && childKindsFor(unit.kind).length > 0 && (
            <button type="button" className="button" onClick={() => setDialog('create')}>
              {t('units.addChild')}
            </button>
          )}
          {unit.kind !== 'organisation' && (
            <>
              <button type="button" className="button" onClick={() => setDialog('move')}>
                {t('units.move')}
              </button>
              <button type="button" className="button" onClick={handleToggleActive}>
                {unit.active ? t('units.deactivate') : t('units.activate')}
              </button>
            </>
          )}
        </div>
      )}
      <ErrorAlert message={command.error} />
      {dialog === 'edit' && (
        <UnitFormDialog mode="edit" unit={unit} onClose={close} onSaved={close} />
      )}
      {dialog === 'create' && (
        <UnitFormDialog
          mode="create"
          parent={unit}
          onClose={close}
          onSaved={(created) => {
            // The new unit's page replaces this one, and the button that opened the dialog
            // with it: focus goes to the new page's heading.
            rescueFocusWith(pageHeading);
            close();
            notice.show(t('units.created', { name: created.name }));
            void navigate(`/units/${created.id}?year=${year}`);
          }}
        />
      )}
      {dialog === 'move' && (
        <MoveUnitDialog
          unit={unit}
          allUnits={allUnits}
          onClose={close}
          onMoved={() => {
            close();
            notice.show(t('units.moved', { name: unit.name }));
          }}
        />
      )}
    </section>
  );
};

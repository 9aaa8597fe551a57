import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import type { TableKind } from '../../../shared/domain/table-kind';
import { labelsOf } from '../../../shared/domain/table-kind';
import { useRepositories } from '../../data/RepositoryProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotice } from '../../components/Notice';
import { useCommand } from '../../components/useCommand';
import { KindDialog } from './KindDialog';

type Props = { kinds: TableKind[]; canEdit: boolean };

/**
 * The organisation's table kinds in the budget's order: a controller renames them, adds the
 * city's own, moves them and retires one (its rows stay). A kind the city added is deleted only
 * while no row uses it; the refusal says how many do.
 */
export const KindsEditor = ({ kinds, canEdit }: Props) => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const { goalSettings } = useRepositories();
  const notice = useNotice();
  // Each press is a step of its own (move up twice).
  const command = useCommand({ isExclusive: false });
  const [dialog, setDialog] = useState<{ kind: TableKind | null } | null>(null);
  // A deleted kind's buttons go with it: focus goes to adding one.
  const addRef = useRef<HTMLButtonElement>(null);

  const nameOf = (kind: TableKind) => labelsOf(kind, language).name;
  return (
    <>
      <ol className="kind-list">
        {kinds.map((kind, index) => {
          const name = nameOf(kind);
          const named = (text: string) => `${text}: ${name}`;
          return (
            <li key={kind.id}>
              <span className="kind-list__name">
                {name}
                {kind.retired && ` (${t('goals.kinds.retired')})`}
              </span>
              {canEdit && (
                <div className="row-commands" role="group" aria-label={name}>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={named(t('goals.kinds.rename'))}
                    onClick={() => setDialog({ kind })}
                  >
                    {t('goals.kinds.rename')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={named(t('actions.moveUp'))}
                    disabled={index === 0}
                    onClick={() => void command.run(() => goalSettings.moveKind(kind.id, -1))}
                  >
                    <span aria-hidden="true">↑</span> {t('actions.moveUp')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={named(t('actions.moveDown'))}
                    disabled={index === kinds.length - 1}
                    onClick={() => void command.run(() => goalSettings.moveKind(kind.id, 1))}
                  >
                    <span aria-hidden="true">↓</span> {t('actions.moveDown')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={named(
                      kind.retired ? t('goals.kinds.restore') : t('goals.kinds.retire'),
                    )}
                    onClick={() =>
                      void command.run(async () => {
                        await goalSettings.setKindRetired(kind.id, !kind.retired);
                        notice.show(
                          t(kind.retired ? 'goals.kinds.restored' : 'goals.kinds.retiredNotice', {
                            name,
                          }),
                        );
                      })
                    }
                  >
                    {kind.retired ? t('goals.kinds.restore') : t('goals.kinds.retire')}
                  </button>
                  {kind.builtIn === null && (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      aria-label={named(t('goals.kinds.delete'))}
                      onClick={() =>
                        void command.run(async () => {
                          await goalSettings.deleteKind(kind.id);
                          addRef.current?.focus();
                          notice.show(t('goals.kinds.deleted', { name }));
                        })
                      }
                    >
                      {t('goals.kinds.delete')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <ErrorAlert message={command.error} />
      {canEdit && (
        <button
          ref={addRef}
          type="button"
          className="button"
          onClick={() => setDialog({ kind: null })}
        >
          {t('goals.kinds.add')}
        </button>
      )}
      {dialog && (
        <KindDialog
          kind={dialog.kind}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            notice.show(t('app.saved'));
          }}
        />
      )}
    </>
  );
};

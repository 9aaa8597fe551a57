import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRowBase } from './registerTable';
import { BulkUpdateDialog } from '../bulk';

type Props = {
  /** The selected rows among those that match the filters: what a bulk update would change. */
  selected: readonly RegisterRowBase[];
  matching: number;
  onSelectAll: () => void;
  onClear: () => void;
  /** False while only the first rows are read: "all matching" would mean only those. */
  canSelectAll?: boolean;
  /** Whether the rows may be bulk-updated here (the action register; not risks). */
  canEdit: boolean;
};

/** How many rows are chosen, and what can be done with them. */
export const SelectionBar = ({
  selected,
  matching,
  onSelectAll,
  onClear,
  canSelectAll = true,
  canEdit,
}: Props) => {
  const { t } = useTranslation();
  const [isEditing, setIsEditing] = useState(false);
  const count = selected.length;
  return (
    <div className="selection-bar">
      <p className="selection-bar__count" role="status">
        {t('register.selection.selected', { count })}
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={!canSelectAll || matching === 0 || count === matching}
        onClick={onSelectAll}
      >
        {t('register.selection.allMatching', { count: matching })}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={count === 0}
        onClick={onClear}
      >
        {t('register.selection.clear')}
      </button>
      {canEdit && (
        <button
          type="button"
          className="button button--small button--primary"
          disabled={count === 0}
          onClick={() => setIsEditing(true)}
        >
          {t('register.selection.edit', { count })}
        </button>
      )}
      {isEditing && (
        <BulkUpdateDialog
          actions={selected.map(({ id, rev }) => ({ id, rev }))}
          onClose={() => setIsEditing(false)}
        />
      )}
    </div>
  );
};

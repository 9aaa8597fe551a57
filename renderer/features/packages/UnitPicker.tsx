import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import type { UnitNode } from '../../../shared/unit-tree';
import { buildUnitTree, flattenUnitTree } from '../../../shared/unit-tree';

/** unitId → the person the package is issued to. */
export type Selection = ReadonlyMap<string, string>;

type Props = {
  units: readonly Unit[];
  selection: Selection;
  onChange: (next: Selection) => void;
};

/**
 * The organisation tree with a checkbox per active unit. Branches open on demand (so a city's
 * 2,000 units are not all painted at once), each branch can be selected whole, and a selected
 * unit gets its "issued to" field, filled with the unit's manager. Native checkboxes, buttons
 * and inputs: keyboard and screen readers work as they do everywhere.
 */
export const UnitPicker = ({ units, selection, onChange }: Props) => {
  const { t } = useTranslation();
  const tree = buildUnitTree(units.filter((unit) => unit.active));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(tree.map((node) => node.unit.id)),
  );

  const toggleExpanded = (id: string) => {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  const setSelected = (nodes: readonly UnitNode<Unit>[], isSelected: boolean) => {
    const next = new Map(selection);
    for (const { unit } of nodes) {
      if (!isSelected) next.delete(unit.id);
      else if (!next.has(unit.id)) next.set(unit.id, unit.manager);
    }
    onChange(next);
  };

  const setIssuedTo = (id: string, issuedTo: string) =>
    onChange(new Map(selection).set(id, issuedTo));

  const renderNodes = (nodes: readonly UnitNode<Unit>[]) =>
    nodes.map((node) => {
      const { unit, children } = node;
      const isOpen = expanded.has(unit.id);
      const isSelected = selection.has(unit.id);
      const branch = flattenUnitTree([node]);
      const isBranchSelected = branch.every((item) => selection.has(item.unit.id));
      const checkboxId = `package-unit-${unit.id}`;
      const issuedToId = `package-issued-to-${unit.id}`;
      return (
        <li key={unit.id}>
          <div className="package-picker__node">
            {children.length > 0 && (
              <button
                type="button"
                className="button button--small button--quiet package-picker__toggle"
                aria-expanded={isOpen}
                aria-label={t(isOpen ? 'packages.collapse' : 'packages.expand', {
                  unit: unit.name,
                })}
                onClick={() => toggleExpanded(unit.id)}
              >
                <span aria-hidden="true">{isOpen ? '−' : '+'}</span>
              </button>
            )}
            {/* Names with the kind or the unit said in aria-label, not in visually hidden
                text, which Chromium reads with a space before its punctuation. */}
            <input
              id={checkboxId}
              type="checkbox"
              checked={isSelected}
              onChange={(event) => setSelected([node], event.currentTarget.checked)}
              aria-label={t('units.nameWithKind', {
                name: unit.name,
                kind: t(`units.kinds.${unit.kind}`),
              })}
            />
            <label htmlFor={checkboxId}>{unit.name}</label>
            {isSelected && (
              <span className="package-picker__issued-to">
                <label htmlFor={issuedToId}>{t('packages.issuedTo')}</label>
                <input
                  id={issuedToId}
                  aria-label={t('packages.issuedToFor', { unit: unit.name })}
                  type="text"
                  value={selection.get(unit.id) ?? ''}
                  onChange={(event) => setIssuedTo(unit.id, event.currentTarget.value)}
                />
              </span>
            )}
            {children.length > 0 && (
              <button
                type="button"
                className="button button--small"
                onClick={() => setSelected(branch, !isBranchSelected)}
              >
                {t(isBranchSelected ? 'packages.clearAllIn' : 'packages.selectAllIn', {
                  unit: unit.name,
                })}
              </button>
            )}
          </div>
          {isOpen && children.length > 0 && <ul>{renderNodes(children)}</ul>}
        </li>
      );
    });

  return (
    <ul className="package-picker" aria-label={t('packages.pickerLabel')}>
      {renderNodes(tree)}
    </ul>
  );
};

import { useState } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import type { UnitNode } from '../../../shared/unit-tree';

/**
 * A tree of at most this many units opens whole. A city-sized one (2,000 units) opens along
 * the chosen unit's path only: every other branch stays closed until opened, so the page is
 * not laid out again around thousands of links after every change.
 */
export const OPEN_TREE_LIMIT = 200;

type Props = {
  nodes: UnitNode<Unit>[];
  year: number;
  /** The chosen unit and its ancestors: their branches are open. */
  pathIds: ReadonlySet<string>;
  /** How many units the whole tree has. */
  total: number;
};

type BranchProps = {
  nodes: UnitNode<Unit>[];
  year: number;
  isOpen: (unitId: string) => boolean;
  toggle: (unitId: string, open: boolean) => void;
};

const Branch = ({ nodes, year, isOpen, toggle }: BranchProps) => {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree">
      {nodes.map(({ unit, children }) => {
        const open = children.length > 0 && isOpen(unit.id);
        return (
          <li key={unit.id}>
            {children.length > 0 ? (
              <button
                type="button"
                className="unit-tree__toggle"
                aria-expanded={open}
                aria-label={t('units.childrenOf', { name: unit.name, count: children.length })}
                onClick={() => toggle(unit.id, !open)}
              >
                <span aria-hidden="true">{open ? '▾' : '▸'}</span>
              </button>
            ) : (
              <span className="unit-tree__leaf" aria-hidden="true" />
            )}
            <NavLink
              to={`/units/${unit.id}?year=${year}`}
              className={unit.active ? undefined : 'is-inactive'}
              // The kind is for a screen reader only. Said in the name, not in hidden text: a
              // visually hidden element is laid out as a block, and Chromium then puts a space
              // before its comma ("Viestintä ja markkinointi , Vastuualue").
              aria-label={`${t('units.nameWithKind', {
                name: unit.name,
                kind: t(`units.kinds.${unit.kind}`),
              })}${unit.active ? '' : ` (${t('units.inactive')})`}`}
            >
              {unit.name}
              {!unit.active && (
                <span className="unit-tree__inactive"> ({t('units.inactive')})</span>
              )}
            </NavLink>
            {open && <Branch nodes={children} year={year} isOpen={isOpen} toggle={toggle} />}
          </li>
        );
      })}
    </ul>
  );
};

/**
 * The organisation as nested lists of links, each branch with a button that opens and closes
 * it (aria-expanded): plain HTML keeps it readable and keyboard-usable.
 */
export const UnitTree = ({ nodes, year, pathIds, total }: Props) => {
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const topIds = new Set(nodes.map((node) => node.unit.id));
  const isOpen = (unitId: string) =>
    toggled.get(unitId) ?? (total <= OPEN_TREE_LIMIT || topIds.has(unitId) || pathIds.has(unitId));
  const toggle = (unitId: string, open: boolean) =>
    setToggled((previous) => new Map(previous).set(unitId, open));
  return <Branch nodes={nodes} year={year} isOpen={isOpen} toggle={toggle} />;
};

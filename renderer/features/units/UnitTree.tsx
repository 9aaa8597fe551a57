import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import type { UnitNode } from '../../../shared/unit-tree';

type Props = { nodes: UnitNode<Unit>[]; year: number };

/** The organisation as nested lists of links: plain HTML keeps it readable and keyboard-usable. */
export const UnitTree = ({ nodes, year }: Props) => {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree">
      {nodes.map(({ unit, children }) => (
        <li key={unit.id}>
          <NavLink
            to={`/units/${unit.id}?year=${year}`}
            className={unit.active ? undefined : 'is-inactive'}
          >
            {unit.name}
            <span className="visually-hidden">, {t(`units.kinds.${unit.kind}`)}</span>
            {!unit.active && <span className="unit-tree__inactive"> ({t('units.inactive')})</span>}
          </NavLink>
          {children.length > 0 && <UnitTree nodes={children} year={year} />}
        </li>
      ))}
    </ul>
  );
};

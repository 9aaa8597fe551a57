import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import type { HeatMapCell } from '../../../shared/risk-analysis';

type Props = {
  cells: HeatMapCell[][];
  matrix: RiskMatrix;
  caption: string;
  selected: string | null;
  onSelect?: (cell: HeatMapCell) => void;
};

export const cellKey = (cell: Pick<HeatMapCell, 'likelihood' | 'impact'>) =>
  `${cell.likelihood}-${cell.impact}`;

/**
 * The likelihood × impact grid as a real table: row and column headers carry the scale labels,
 * each cell its count and level name, so it reads aloud and prints without colour.
 */
export const RiskMapTable = ({ cells, matrix, caption, selected, onSelect }: Props) => {
  const { t } = useTranslation();
  // In a narrow window the map scrolls sideways in its own box (WCAG 1.4.10 allows it for a
  // two-dimensional table). Without buttons in its cells, the box itself takes focus, so the
  // keyboard can scroll it.
  const scrollBox = onSelect ? {} : { role: 'region', 'aria-label': caption, tabIndex: 0 };
  return (
    <div className="risk-map-scroll" {...scrollBox}>
      <table className="risk-map">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="risk-map__corner">
              {t('risks.map.likelihoodAxis')} ↓ / {t('risks.map.impactAxis')} →
            </th>
            {matrix.impactLabels.map((label, index) => (
              <th scope="col" key={label + index}>
                {index + 1} {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row) => {
            const likelihood = row[0]?.likelihood ?? 0;
            return (
              <tr key={likelihood}>
                <th scope="row">
                  {likelihood} {matrix.likelihoodLabels[likelihood - 1]}
                </th>
                {row.map((cell) => {
                  const count = cell.riskIds.length;
                  const label = t('risks.map.cellLabel', {
                    count,
                    band: cell.band.name,
                    likelihood: cell.likelihood,
                    impact: cell.impact,
                  });
                  const content = (
                    <>
                      <span className="risk-map__count">{count}</span>
                      <span className="risk-map__band">{cell.band.name}</span>
                    </>
                  );
                  return (
                    <td
                      key={cellKey(cell)}
                      className="risk-map__cell"
                      style={{ background: cell.band.colour }}
                    >
                      {onSelect && count > 0 ? (
                        <button
                          type="button"
                          className="risk-map__button"
                          aria-label={label}
                          aria-pressed={selected === cellKey(cell)}
                          onClick={() => onSelect(cell)}
                        >
                          {content}
                        </button>
                      ) : (
                        <span className="risk-map__static" aria-label={label} role="img">
                          {content}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

import { useTranslation } from 'react-i18next';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { MatrixEditor } from './MatrixEditor';
import { MatrixPreview, swatchStyle } from './MatrixPreview';

type Props = { matrix: RiskMatrix; canEdit: boolean };

/** The organisation's risk matrix: controllers edit it, everyone else reads it. */
export const RiskMatrixForm = ({ matrix, canEdit }: Props) =>
  canEdit ? <MatrixEditor saved={matrix} /> : <MatrixSummary matrix={matrix} />;

/** The matrix as it is, for readers and unit managers: no controls, everything as text. */
const MatrixSummary = ({ matrix }: { matrix: RiskMatrix }) => {
  const { t } = useTranslation();
  const tolerance = matrix.bands.find((band) => band.id === matrix.toleranceBandId);
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('risks.matrix.size')}</dt>
          <dd>{t('risks.matrix.sizeOption', { size: matrix.size })}</dd>
        </div>
        <div>
          <dt>{t('risks.matrix.tolerance')}</dt>
          <dd>{tolerance?.name}</dd>
        </div>
      </dl>
      <p className="muted">{t('risks.matrix.toleranceHelp')}</p>
      <h3>{t('risks.matrix.bands')}</h3>
      <ul>
        {matrix.bands.map((band) => (
          <li key={band.id}>
            <span aria-hidden="true" className="level__swatch" style={swatchStyle(band.colour)} />
            {t('risks.map.legendItem', { band: band.name, min: band.minScore })}
          </li>
        ))}
      </ul>
      <MatrixPreview matrix={matrix} />
    </>
  );
};

import type { CSSProperties } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskBand, RiskMatrix } from '../../../shared/domain/risk-matrix';
import { bandForScore } from '../../../shared/scoring';

/** The box comes from `.level__swatch`; only the band's own colour is set here. */
export const swatchStyle = (colour: string): CSSProperties => ({
  background: colour,
  marginRight: '0.35em',
  verticalAlign: 'middle',
});

/** Every cell's score and band name as text; the colour is only a swatch beside the name. */
export const MatrixPreview = ({ matrix }: { matrix: RiskMatrix }) => {
  const { t } = useTranslation();
  const captionId = useId();
  const steps = Array.from({ length: matrix.size }, (_, index) => index + 1);
  const axisLabel = (labels: string[], step: number) => `${step} ${labels[step - 1] ?? ''}`.trim();
  const cellBand = (score: number): RiskBand | undefined =>
    matrix.bands.length > 0 ? bandForScore(matrix, score) : undefined;
  return (
    // Focusable so a keyboard can scroll it when the labels make it wider than the form (axe
    // scrollable-region-focusable); a named region is the accessible pattern for that.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="register-table">
        <caption id={captionId}>
          {t('risks.matrix.heading')}: {t('risks.matrix.sizeOption', { size: matrix.size })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {t('risks.map.likelihoodAxis')} / {t('risks.map.impactAxis')}
            </th>
            {steps.map((impact) => (
              <th key={impact} scope="col">
                {axisLabel(matrix.impactLabels, impact)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...steps].reverse().map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row">{axisLabel(matrix.likelihoodLabels, likelihood)}</th>
              {steps.map((impact) => {
                const score = likelihood * impact;
                const band = cellBand(score);
                return (
                  <td key={impact}>
                    {band && (
                      <span
                        aria-hidden="true"
                        className="level__swatch"
                        style={swatchStyle(band.colour)}
                      />
                    )}
                    {score} {band?.name}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};

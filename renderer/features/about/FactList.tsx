import { useTranslation } from 'react-i18next';
import type { Fact } from './diagnosticsText';

/** Label–value pairs as a description list; a value still loading says so. */
export const FactList = ({ facts }: { facts: readonly Fact[] }) => {
  const { t } = useTranslation();
  return (
    <dl className="about-facts">
      {facts.map(({ label, value }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? t('app.loading')}</dd>
        </div>
      ))}
    </dl>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedPackage } from '../../data/packages/usePackages';
import { useIssuedPackages } from '../../data/packages/usePackages';
import { usePackageText } from './usePackageText';

/** Rows painted at a time: a city issues up to 2,000 packages a year. */
const PAGE_SIZE = 100;

/** The packages issued for a year, with what has come back of each (from the merges). */
export const IssuedPackagesList = ({ year }: { year: number }) => {
  const { t } = useTranslation();
  const issued = useIssuedPackages(year);
  const [shown, setShown] = useState(PAGE_SIZE);
  if (issued === undefined) return <p>{t('app.loading')}</p>;
  if (issued.length === 0) return <p>{t('packages.issuedNone')}</p>;
  const remaining = issued.length - shown;
  return (
    <>
      <table className="register-table">
        <caption>{t('packages.issuedCaption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('packages.columns.unit')}</th>
            <th scope="col">{t('packages.columns.year')}</th>
            <th scope="col">{t('packages.columns.issuedTo')}</th>
            <th scope="col">{t('packages.columns.issuedAt')}</th>
            <th scope="col">{t('packages.columns.state')}</th>
          </tr>
        </thead>
        <tbody>
          {issued.slice(0, shown).map((item) => (
            <IssuedRow key={item.record.id} item={item} />
          ))}
        </tbody>
      </table>
      {remaining > 0 && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('packages.showMore', { count: remaining })}
        </button>
      )}
    </>
  );
};

const IssuedRow = ({ item }: { item: IssuedPackage }) => {
  const { t } = useTranslation();
  const text = usePackageText();
  const { record, unitName, merges } = item;
  const [latest] = merges;
  const state = !latest
    ? t('packages.states.awaiting')
    : t(merges.length > 1 ? 'packages.states.mergedAgain' : 'packages.states.merged', {
        date: text.dateTime(latest.mergedAt),
        name: latest.returnedBy,
        count: merges.length,
      });
  return (
    <tr>
      <th scope="row">{unitName}</th>
      <td>{record.year}</td>
      <td>{record.issuedTo}</td>
      <td>{text.dateTime(record.issuedAt)}</td>
      <td>{state}</td>
    </tr>
  );
};

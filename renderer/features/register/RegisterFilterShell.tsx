import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedTextField } from './DebouncedTextField';

type Props = {
  searchHelp: string;
  query: string;
  onQuery: (query: string) => void;
  onClear: () => void;
  isFiltered: boolean;
  /** The register's own filters, between the search and "Tyhjennä suodattimet". */
  children: ReactNode;
};

/** The search form around a register's filters: a search landmark, the search, then clearing. */
export const RegisterFilterShell = ({
  searchHelp,
  query,
  onQuery,
  onClear,
  isFiltered,
  children,
}: Props) => {
  const { t } = useTranslation();
  return (
    <form
      className="register-filters"
      role="search"
      aria-labelledby="register-filters-heading"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="register-filters-heading" className="visually-hidden">
        {t('register.filtersHeading')}
      </h2>
      <div className="register-filters__search">
        <DebouncedTextField
          label={t('register.search')}
          help={searchHelp}
          value={query}
          onCommit={onQuery}
        />
      </div>
      {children}
      <button type="button" className="button" disabled={!isFiltered} onClick={onClear}>
        {t('register.clearFilters')}
      </button>
    </form>
  );
};

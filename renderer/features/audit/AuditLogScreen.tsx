import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUDITED_ENTITIES, AUDIT_OPERATIONS } from '../../../shared/domain/audit-event';
import { usePageTitle } from '../../hooks/usePageTitle';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { AuditChanges } from './AuditChanges';
import { entityLabel, eventTime, operationLabel, recordName } from './auditFormat';
import {
  AUDIT_PAGE_SIZE,
  FILTER_PARAMS,
  compileFilters,
  filtersFromParams,
  pageFromParams,
} from '../../data/audit/auditQuery';
import { ChainCheck } from './ChainCheck';
import { useAuditPage } from '../../data/audit/useAuditData';
import { useAuditText } from './useAuditText';

/**
 * The organisation-wide change log, newest first, a page at a time, with filters that all must
 * hold. Filters and page live in the URL, so a filtered view can be bookmarked and goes back
 * with the browser's Back.
 */
export const AuditLogScreen = () => {
  const { t } = useTranslation();
  usePageTitle(t('audit.heading'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const page = pageFromParams(params);
  const { invalidFrom, invalidTo } = compileFilters(filters);
  const result = useAuditPage(filters, page);
  const words = useAuditText(result?.names);
  // The text fields are uncontrolled, so typing never waits for the router. When the URL
  // changes from elsewhere (clearing, Back, the menu link), the form is remounted from it.
  const search = params.toString();
  const [formKey, setFormKey] = useState(0);
  const [seenSearch, setSeenSearch] = useState(search);
  const [ownSearch, setOwnSearch] = useState(search);
  if (search !== seenSearch) {
    setSeenSearch(search);
    if (search !== ownSearch) setFormKey((value) => value + 1);
  }

  const update = (changes: Partial<Record<string, string>>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!keepPage) next.delete('page');
    setOwnSearch(next.toString());
    setParams(next, { replace: !keepPage });
  };
  const clear = () => {
    const next = new URLSearchParams(params);
    for (const key of [...FILTER_PARAMS, 'page']) next.delete(key);
    setParams(next);
  };
  const goTo = (target: number) => update({ page: target > 1 ? String(target) : '' }, true);
  const isFiltered = FILTER_PARAMS.some((key) => params.get(key));
  const first = (page - 1) * AUDIT_PAGE_SIZE + 1;

  return (
    <>
      <h1>{t('audit.heading')}</h1>
      <p>{t('audit.intro')}</p>
      <ChainCheck />
      <h2 id="audit-filters-heading">{t('audit.filtersHeading')}</h2>
      <form
        key={formKey}
        className="audit-filters"
        aria-labelledby="audit-filters-heading"
        role="search"
        onSubmit={(event) => event.preventDefault()}
      >
        <SelectField
          label={t('audit.entity')}
          value={filters.entity ?? ''}
          onChange={(event) => update({ entity: event.target.value })}
          options={[
            { value: '', label: t('audit.all') },
            ...AUDITED_ENTITIES.map((entity) => ({
              value: entity,
              label: entityLabel(entity, words),
            })),
          ]}
        />
        <SelectField
          label={t('audit.operation')}
          value={filters.op ?? ''}
          onChange={(event) => update({ op: event.target.value })}
          options={[
            { value: '', label: t('audit.all') },
            ...AUDIT_OPERATIONS.map((op) => ({ value: op, label: operationLabel(op, words) })),
          ]}
        />
        <TextField
          label={t('audit.actor')}
          defaultValue={filters.actor}
          onChange={(event) => update({ actor: event.target.value })}
        />
        <TextField
          label={t('audit.from')}
          help={t('audit.dateHelp')}
          defaultValue={filters.from}
          error={invalidFrom ? t('validation.invalidDate') : undefined}
          onChange={(event) => update({ from: event.target.value })}
        />
        <TextField
          label={t('audit.to')}
          help={t('audit.dateHelp')}
          defaultValue={filters.to}
          error={invalidTo ? t('validation.invalidDate') : undefined}
          onChange={(event) => update({ to: event.target.value })}
        />
        <TextField
          label={t('audit.entityId')}
          help={t('audit.entityIdHelp')}
          defaultValue={filters.entityId}
          onChange={(event) => update({ id: event.target.value })}
        />
        <button type="button" className="button" disabled={!isFiltered} onClick={clear}>
          {t('audit.clearFilters')}
        </button>
      </form>
      {result === undefined ? (
        <p>{t('app.loading')}</p>
      ) : result.events.length === 0 ? (
        <p className="empty-state">
          {isFiltered || page > 1 ? t('audit.emptyFiltered') : t('audit.empty')}
        </p>
      ) : (
        <>
          <p aria-live="polite">
            {t('audit.range', {
              from: first,
              to: first + result.events.length - 1,
              total: result.total,
            })}
          </p>
          <div className="table-scroll">
            <table className="register-table audit-table">
              <caption className="visually-hidden">{t('audit.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('audit.seq')}</th>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.operation')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {result.events.map((event) => (
                  <tr key={event.seq}>
                    <th scope="row">{event.seq}</th>
                    <td className="audit-table__time">{eventTime(event, words)}</td>
                    <td>{event.actor}</td>
                    <td>
                      {entityLabel(event.entity, words)}
                      <span className="audit-record__name">{recordName(event, words)}</span>
                      <span className="audit-record__id">{event.entityId}</span>
                    </td>
                    <td>
                      {operationLabel(event.op, words)}
                      {event.source && <span className="audit-record__source">{event.source}</span>}
                    </td>
                    <td>
                      <AuditChanges event={event} words={words} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {result !== undefined && (page > 1 || result.hasNext) && (
        <nav className="audit-pager" aria-label={t('audit.pagination')}>
          <button
            type="button"
            className="button"
            disabled={page <= 1}
            onClick={() => goTo(page - 1)}
          >
            {t('audit.previous')}
          </button>
          <span>{t('audit.page', { page })}</span>
          <button
            type="button"
            className="button"
            disabled={!result.hasNext}
            onClick={() => goTo(page + 1)}
          >
            {t('audit.next')}
          </button>
        </nav>
      )}
    </>
  );
};

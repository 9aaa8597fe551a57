import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../shared/dates';
import { labelsOf } from '../../../shared/domain/table-kind';
import { showsKinds } from '../../../shared/worklists/my-work';
import type { ControlAction } from '../../../shared/domain/control-action';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useToday } from '../../hooks/useToday';
import { useNotice } from '../../components/Notice';
import { StatusDialog } from '../actions';
import { useOrganisation, useProfile } from '../../session/useProfile';
import { usePlanYear } from '../../data/years/usePlanYear';
import { CityCounts } from './CityCounts';
import { MyRisksSection } from './MyRisksSection';
import { MyActionsSection } from './MyActionsSection';
import { MyUnitsSection } from './MyUnitsSection';
import { useCityCounts, useMyWork } from '../../data/worklists/useMyWork';
import './home.css';

/**
 * "Omat": where a person starts. Their late and soon-due rows of the current year, goals of
 * every table kind and internal control alike (named by their table once goals are among
 * them), with a one-click status update, the risks to assess, the units they manage, and for controllers
 * the city-wide counts.
 */
export const HomeScreen = () => {
  const { t, i18n } = useTranslation();
  const language = i18n.language as LanguageCode;
  const profile = useProfile();
  const organisation = useOrganisation();
  const today = useToday();
  const notice = useNotice();
  const [updating, setUpdating] = useState<ControlAction | null>(null);
  const year = organisation?.currentYear ?? Number(today.slice(0, 4));
  const name = profile?.name ?? '';
  const work = useMyWork(name, year, today);
  const kindNames = useMemo(
    () =>
      work && showsKinds([...work.overdue, ...work.dueSoon])
        ? new Map(work.kinds.map((kind) => [kind.id, labelsOf(kind, language).name]))
        : null,
    [work, language],
  );
  const isController = profile?.role === 'controller';
  const city = useCityCounts(year, today, isController);
  const planYear = usePlanYear(year);
  usePageTitle(t('worklists.home.heading'));

  const isReader = profile?.role === 'reader';
  const isClosed = planYear?.status === 'closed';
  // Nothing is offered until the profile and the year are read (a closed year is read-only).
  const canUpdate = profile !== undefined && !isReader && planYear != null && !isClosed;

  return (
    <div className="home">
      <h1>{t('worklists.home.heading')}</h1>
      {profile && (
        <p className="home-profile">
          {t('worklists.home.profile', { name: profile.name, role: t(`roles.${profile.role}`) })}
        </p>
      )}
      <p>{t('worklists.home.intro', { year })}</p>
      {isReader && <p className="muted">{t('worklists.home.readOnly')}</p>}
      {isClosed && <p className="muted">{t('worklists.home.closedYear', { year })}</p>}
      {isController && <CityCounts counts={city} year={year} />}
      {work === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          <MyActionsSection
            id="home-overdue"
            heading={t('worklists.home.overdueHeading', { count: work.overdue.length })}
            caption={t('worklists.home.overdueCaption')}
            empty={t('worklists.home.overdueEmpty')}
            actions={work.overdue}
            year={year}
            today={today}
            unitNames={work.unitNames}
            kindNames={kindNames}
            canUpdate={canUpdate}
            onUpdate={setUpdating}
          />
          <MyActionsSection
            id="home-due-soon"
            heading={t('worklists.home.dueSoonHeading', { count: work.dueSoon.length })}
            caption={t('worklists.home.dueSoonCaption')}
            empty={t('worklists.home.dueSoonEmpty')}
            actions={work.dueSoon}
            year={year}
            today={today}
            unitNames={work.unitNames}
            kindNames={kindNames}
            canUpdate={canUpdate}
            onUpdate={setUpdating}
          />
          <MyRisksSection risks={work.risks} unitNames={work.unitNames} />
          <MyUnitsSection units={work.units} year={year} />
        </>
      )}
      {updating && (
        <StatusDialog
          action={updating}
          onClose={() => setUpdating(null)}
          onSaved={() => {
            setUpdating(null);
            notice.show(t('worklists.home.statusSaved'));
          }}
        />
      )}
    </div>
  );
};

import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import { useDatabase } from '../db/DatabaseProvider';
import { browserWriteContext } from '../db/write-context';
import { createActionRepository } from '../features/actions/actionRepository';
import { createSettingsRepository } from '../features/settings/settingsRepository';
import { createUnitRepository } from '../features/units/unitRepository';
import { createPlanYearRepository } from '../features/years/planYearRepository';
import { useProfile } from '../features/settings/useSettings';
import { createAssessmentRepository } from '../features/risks/assessmentRepository';
import { createRiskRepository } from '../features/risks/riskRepository';
import { createRiskSettingsRepository } from '../features/risks/riskSettingsRepository';
import { createReportStatementRepository } from '../features/reports/reportStatementRepository';
import type { Profile } from '../../shared/domain/settings';

const makeRepositories = (db: ReturnType<typeof useDatabase>, profile: Profile | null) => {
  const context = browserWriteContext(
    () => profile?.name ?? '?',
    () => profile?.role ?? null,
  );
  return {
    context,
    units: createUnitRepository(db, context),
    actions: createActionRepository(db, context),
    settings: createSettingsRepository(db, context),
    planYears: createPlanYearRepository(db, context),
    risks: createRiskRepository(db, context),
    assessments: createAssessmentRepository(db, context),
    riskSettings: createRiskSettingsRepository(db, context),
    reportStatements: createReportStatementRepository(db, context),
  };
};

export type Repositories = ReturnType<typeof makeRepositories>;

const RepositoryContext = createContext<Repositories | null>(null);

/** The repositories, writing as the current profile (its name is the actor of audit events). */
export const RepositoryProvider = ({ children }: { children: ReactNode }) => {
  const db = useDatabase();
  const profile = useProfile();
  const repositories = useMemo(() => makeRepositories(db, profile ?? null), [db, profile]);
  return <RepositoryContext.Provider value={repositories}>{children}</RepositoryContext.Provider>;
};

export const useRepositories = (): Repositories => {
  const repositories = useContext(RepositoryContext);
  if (!repositories) throw new Error('useRepositories outside RepositoryProvider');
  return repositories;
};

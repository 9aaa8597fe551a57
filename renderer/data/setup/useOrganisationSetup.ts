import { useRepositories } from '../RepositoryProvider';
import { useDatabase } from '../core/DatabaseProvider';
import { loadExampleOrganisation, startEmptyOrganisation } from './setupOrganisation';

export const useOrganisationSetup = () => {
  const db = useDatabase();
  const { context } = useRepositories();
  return {
    loadExample: () => loadExampleOrganisation(db, context),
    startEmpty: (name: string, year: number) => startEmptyOrganisation(db, context, name, year),
  };
};

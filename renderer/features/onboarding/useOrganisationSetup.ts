import { useRepositories } from '../../app/RepositoryProvider';
import { useDatabase } from '../../db/DatabaseProvider';
import { loadExampleOrganisation, startEmptyOrganisation } from './setupOrganisation';

export const useOrganisationSetup = () => {
  const db = useDatabase();
  const { context } = useRepositories();
  return {
    loadExample: () => loadExampleOrganisation(db, context),
    startEmpty: (name: string, year: number) => startEmptyOrganisation(db, context, name, year),
  };
};

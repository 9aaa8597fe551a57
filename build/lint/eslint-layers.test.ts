import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Each layer rule of eslint.config.js fires on a deliberate violation. The code is linted at a
 * virtual path inside the tree (the file does not exist; what it imports does), so the real
 * config, resolver and zones decide, exactly as `npm run lint` would.
 */
const ROOT = resolve(import.meta.dirname, '../..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

const lint = async (path: string, code: string) => {
  const results = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return results
    .flatMap((result) => result.messages)
    .map(({ ruleId, message }) => ({ ruleId, message }));
};

/** One module that uses everything it imports, so only the rule under test can complain. */
const module = (...imports: string[]) =>
  `${imports.join('\n')}\nexport const used = [${imports
    .map((line) => /import (?:type )?\{ (\w+)/.exec(line)?.[1] ?? /import (\w+)/.exec(line)?.[1])
    .join(', ')}];\n`;

const PATHS = 'import-x/no-restricted-paths';
const IMPORTS = 'no-restricted-imports';

type Violation = { name: string; path: string; code: string; ruleId: string; says: string };

const violations: Violation[] = [
  {
    name: 'a feature imports dexie',
    path: 'renderer/features/years/Violation.ts',
    code: module("import Dexie from 'dexie';"),
    ruleId: IMPORTS,
    says: 'Only renderer/data/ imports Dexie',
  },
  {
    name: 'a shared hook imports dexie-react-hooks',
    path: 'renderer/hooks/useViolation.ts',
    code: module("import { useObservable } from 'dexie-react-hooks';"),
    ruleId: IMPORTS,
    says: 'Only renderer/data/ imports Dexie',
  },
  {
    name: 'a feature imports the database module',
    path: 'renderer/features/years/Violation.ts',
    code: module("import { ValvoDatabase } from '../../data/core/database';"),
    ruleId: PATHS,
    says: 'Only renderer/data/ opens or holds the database',
  },
  {
    name: 'the session imports the database type',
    path: 'renderer/session/useViolation.ts',
    code: module("import type { ValvoDatabase } from '../data/core/database';"),
    ruleId: PATHS,
    says: 'Only renderer/data/ opens or holds the database',
  },
  {
    name: 'app/ opens the database itself',
    path: 'renderer/app/Violation.tsx',
    code: module("import { openValvoDatabase } from '../data/core/openDatabase';"),
    ruleId: PATHS,
    says: 'Only renderer/data/ opens or holds the database',
  },
  {
    name: 'a feature hook imports useDatabase',
    path: 'renderer/features/years/useViolation.ts',
    code: module("import { useDatabase } from '../../data/core/DatabaseProvider';"),
    ruleId: IMPORTS,
    says: 'Only renderer/data/ reaches the Dexie instance (useDatabase)',
  },
  {
    name: 'a component inside the data layer calls useDatabase',
    path: 'renderer/data/years/Violation.tsx',
    code: [
      "import { useDatabase } from '../core/DatabaseProvider';",
      'export const Violation = () => {',
      '  useDatabase();',
      '  return null;',
      '};',
    ].join('\n'),
    ruleId: 'no-restricted-syntax',
    says: 'No component calls useDatabase',
  },
  {
    name: 'a feature imports app/',
    path: 'renderer/features/home/Violation.tsx',
    code: module("import { NotFoundScreen } from '../../app/NotFoundScreen';"),
    ruleId: PATHS,
    says: 'Features never import app/',
  },
  {
    name: 'a gate of app/ imports a feature',
    path: 'renderer/app/SingleWindowGate.tsx',
    code: module("import { HomeScreen } from '../features/home';"),
    ruleId: PATHS,
    says: 'In app/ only the route tables and the providers',
  },
  {
    name: "the route table reaches past a feature's index",
    path: 'renderer/app/routes.tsx',
    code: module("import { HomeScreen } from '../features/home/HomeScreen';"),
    ruleId: PATHS,
    says: 'app/ imports a feature only through its index.ts',
  },
  {
    name: "a feature reaches past another feature's index",
    path: 'renderer/features/units/Violation.tsx',
    code: module("import { RecordHistory } from '../audit/RecordHistory';"),
    ruleId: PATHS,
    says: "only through that feature's index.ts",
  },
  {
    name: "a feature takes another feature's style sheet",
    path: 'renderer/features/actions/Violation.ts',
    code: "import '../register/register.css';\n",
    ruleId: PATHS,
    says: "only through that feature's index.ts",
  },
  {
    name: 'a shared component imports a feature',
    path: 'renderer/components/Violation.tsx',
    code: module("import { StatusBadge } from '../features/actions';"),
    ruleId: PATHS,
    says: 'they import no feature and nothing of app/',
  },
  {
    name: 'the session imports app/',
    path: 'renderer/session/useViolation.ts',
    code: module("import { DatabaseGate } from '../app/DatabaseGate';"),
    ruleId: PATHS,
    says: 'they import no feature and nothing of app/',
  },
  {
    name: 'the data layer imports a feature',
    path: 'renderer/data/years/violation.ts',
    code: module("import { YearSelect } from '../../features/years';"),
    ruleId: PATHS,
    says: 'The data layer knows no screen',
  },
  {
    name: 'the data layer imports the session',
    path: 'renderer/data/years/violation.ts',
    code: module("import { useProfile } from '../../session/useProfile';"),
    ruleId: PATHS,
    says: 'The data layer knows no screen',
  },
  {
    name: 'a feature reads the profile setting itself',
    path: 'renderer/features/home/useViolation.ts',
    code: module("import { useSetting } from '../../data/settings/useSettings';"),
    ruleId: IMPORTS,
    says: 'The profile and the organisation come from renderer/session',
  },
  {
    name: 'a feature reads package mode itself',
    path: 'renderer/features/home/useViolation.ts',
    code: module("import { useOpenedPackage } from '../../data/packages/usePackages';"),
    ruleId: IMPORTS,
    says: 'Package mode comes from renderer/session',
  },
  {
    name: 'a feature checks the role with the write door',
    path: 'renderer/features/years/Violation.ts',
    code: module("import { writeTransaction } from '../../data/door/writeTransaction';"),
    ruleId: PATHS,
    says: "The write rules run inside the data layer's door",
  },
  {
    name: "a data hook uses dexie-react-hooks' useLiveQuery",
    path: 'renderer/data/years/useViolation.ts',
    code: module("import { useLiveQuery } from 'dexie-react-hooks';"),
    ruleId: IMPORTS,
    says: 'Use useScopedLiveQuery',
  },
];

describe('the layer rules of eslint.config.js', () => {
  it.each(violations)('refuse: $name', async ({ path, code, ruleId, says }) => {
    const messages = await lint(path, code);
    expect(messages).toEqual([{ ruleId, message: expect.stringContaining(says) }]);
  });

  it('accept a feature that uses the session, the data layer, shared pieces, its own files and other features through their index', async () => {
    const messages = await lint(
      'renderer/features/home/Allowed.tsx',
      module(
        "import { useIsController } from '../../session/useProfile';",
        "import { useOpenedPackage } from '../../session/usePackageMode';",
        "import { useRepositories } from '../../data/RepositoryProvider';",
        "import { usePlanYears } from '../../data/years/usePlanYears';",
        "import { ErrorAlert } from '../../components/ErrorAlert';",
        "import { useToday } from '../../hooks/useToday';",
        "import { MyUnitsSection } from './MyUnitsSection';",
        "import { RecordHistory } from '../audit';",
        "import { YearSelect } from '../years/index';",
      ),
    );
    expect(messages).toEqual([]);
  });

  it('accept the data layer using Dexie, the database and the door', async () => {
    const messages = await lint(
      'renderer/data/years/allowed.ts',
      module(
        "import Dexie from 'dexie';",
        "import { ValvoDatabase } from '../core/database';",
        "import { useDatabase } from '../core/DatabaseProvider';",
        "import { assertYearWritable } from '../door/yearLock';",
        "import { useSetting } from '../settings/useSettings';",
      ),
    );
    expect(messages).toEqual([]);
  });

  it('accept the route tables and the providers as they are', async () => {
    for (const file of ['routes.tsx', 'PrintOnlyApp.tsx', 'AppProviders.tsx']) {
      const path = `renderer/app/${file}`;
      expect(await lint(path, readFileSync(join(ROOT, path), 'utf8'))).toEqual([]);
    }
  });

  it('let a test open the database to arrange its records', async () => {
    const messages = await lint(
      'renderer/features/years/Allowed.test.tsx',
      module("import { ValvoDatabase } from '../../data/core/database';"),
    );
    expect(messages).toEqual([]);
  });
});

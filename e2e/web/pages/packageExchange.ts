import type { Browser } from 'playwright-core';
import type { AppPage } from '../../support/browser';
import { openApp } from '../../support/browser';
import { PackagesPage } from './PackagesPage';
import { ValvoApp } from './ValvoApp';

export const EXAMPLE_DIVISION = 'Konserni- ja elinvoimapalvelut';

/**
 * A controller's Valvo with the example register that has issued one area's package: the
 * context stays open (for the merge), the file is where the browser downloaded it.
 */
export const issueExamplePackage = async (
  browser: Browser,
  { area, issuedTo }: { area: string; issuedTo: string },
): Promise<{ controller: AppPage; packagePath: string; fileName: string }> => {
  const controller = await openApp(browser);
  await new ValvoApp(controller.page).firstRunWithExample();
  const packages = new PackagesPage(controller.page);
  await packages.open();
  await packages.expand(EXAMPLE_DIVISION);
  await packages.select(area, 'Vastuualue', issuedTo);
  const download = await packages.export();
  return { controller, packagePath: await download.path(), fileName: download.suggestedFilename() };
};

/**
 * A unit manager's own Valvo (another browser context, so another IndexedDB): the first run
 * with a profile, then the package opened; resolves on the unit's page.
 */
export const openPackageAsManager = async (
  browser: Browser,
  { packagePath, name, unit }: { packagePath: string; name: string; unit: string },
): Promise<AppPage> => {
  const manager = await openApp(browser);
  await new ValvoApp(manager.page).createProfile(name, 'unitManager');
  await new PackagesPage(manager.page).openFile(packagePath);
  await manager.page.getByRole('heading', { level: 1, name: unit }).waitFor();
  return manager;
};

/** What the packages feature offers the rest of the app; other features import it only from here. */
export { OpenPackage } from './OpenPackage';
export { PackageBanner } from './PackageBanner';
export { PackageModeNav } from './PackageModeNav';
export { PackageRouteGuard } from './PackageRouteGuard';
export { PackagesScreen } from './PackagesScreen';

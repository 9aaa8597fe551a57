// Types for fuses.cjs, so the TypeScript test can import the plain hook.
import type { FuseV1Config, flipFuses } from '@electron/fuses';

export type FuseName =
  | 'RunAsNode'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'GrantFileProtocolExtraPrivileges'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'EnableCookieEncryption';
export type PackContext = {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
};
export declare const FUSES: Readonly<Record<FuseName, boolean>>;
export declare function fuseConfig(platformName: string): FuseV1Config;
export declare function electronBinaryPath(context: PackContext): string;
export declare function afterPack(context: PackContext, flip?: typeof flipFuses): Promise<void>;

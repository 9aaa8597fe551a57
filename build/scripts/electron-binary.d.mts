// Types for electron-binary.mjs, so TypeScript tests and specs can import the plain script.
export type FindOptions = { root?: string; env?: Readonly<Record<string, string | undefined>> };
export declare function missingBinaryMessage(triedDownload: boolean): string;
export declare function findElectronBinary(options?: FindOptions): string | null;
export declare function hasElectronBinary(options?: FindOptions): boolean;

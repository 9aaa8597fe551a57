// electron-builder configuration. appId and productName repeat the frozen values in
// shared/app-identity.ts (a CommonJS file cannot import that TypeScript module);
// electron-builder.config.test.ts fails if they ever drift apart, and checks every value here.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'fi.valvo.desktop',
  productName: 'Valvo',
  // Exactly the installed Electron (package.json pins it), so a build never picks another.
  electronVersion: '45.5.0',
  directories: { output: 'release', buildResources: 'build' },
  // Allow-list: only the built bundle and the manifest ship (production dependencies are added
  // by electron-builder itself). Sources, tests, configs and source maps stay out.
  files: ['out/**', '!**/*.map', 'package.json'],
  asar: true,
  // Fuses are flipped here, after packing and before signing (build/fuses.cjs).
  afterPack: './build/fuses.cjs',
  // No update feed: the app is deployed by the city's IT, never updated from the internet.
  publish: null,
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ],
  },
  // NSIS for self-service installs: per user, because city workstations rarely grant admin
  // rights. Uninstalling never deletes the data (IndexedDB and backups in %APPDATA%\Valvo).
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: false,
    deleteAppDataOnUninstall: false,
    artifactName: '${productName}-${version}-setup-${arch}.${ext}',
  },
  // MSI for IT deployment (Intune, Configuration Manager): these install as SYSTEM, and a
  // per-user MSI run as SYSTEM would install into SYSTEM's own profile where no user sees it.
  // So the MSI is per machine (Program Files, every user); each user's data still lives in
  // their own %APPDATA%\Valvo. It never starts the app itself: that would run it as SYSTEM.
  // Use either the MSI or the NSIS installer on one workstation, not both.
  msi: {
    oneClick: true,
    perMachine: true,
    runAfterFinish: false,
    artifactName: '${productName}-${version}-${arch}.${ext}',
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    executableName: 'valvo',
    category: 'Office',
    // deb packages require a maintainer; placeholder until the owning team names one.
    maintainer: 'Valvo <valvo@example.invalid>',
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
};

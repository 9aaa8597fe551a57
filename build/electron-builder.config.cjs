// electron-builder configuration. appId and productName repeat the frozen values in
// shared/app-identity.ts (a CommonJS file cannot import that TypeScript module);
// electron-builder.config.test.ts fails if they ever drift apart.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'fi.valvo.desktop',
  productName: 'Valvo',
  directories: { output: 'release', buildResources: 'build' },
  // Allow-list: only the built bundle and the manifest ship (production dependencies are added
  // by electron-builder itself). Sources, tests and configs stay out of the installer.
  files: ['out/**', 'package.json'],
  asar: true,
  win: { target: ['nsis', 'msi'] },
  // Per-user installs: city workstations rarely grant admin rights, and userData is per user anyway.
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: false },
  msi: { perMachine: false },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    // deb packages require a maintainer; placeholder until the owning team names one.
    maintainer: 'Valvo <valvo@example.invalid>',
  },
};

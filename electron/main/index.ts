import * as fs from 'node:fs/promises';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session } from 'electron';
import { startApp } from './start-app';

// Only wiring lives here: every decision is in startApp and the modules it calls, which are
// unit-tested with fakes because this machine has no Electron binary.
startApp({
  app,
  protocol,
  session,
  ipcMain,
  Menu,
  BrowserWindow,
  handlers: {
    getVersion: () => app.getVersion(),
    versions: process.versions,
    platform: process.platform,
    showSaveDialog: (sender, options) => {
      const owner = BrowserWindow.fromWebContents(sender);
      return owner === null
        ? dialog.showSaveDialog(options)
        : dialog.showSaveDialog(owner, options);
    },
    writeFile: (filePath, content) => fs.writeFile(filePath, content),
  },
  fs,
  env: process.env,
  mainDir: import.meta.dirname,
});

import * as fs from 'node:fs/promises';
import os from 'node:os';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
// The Node logger, not 'electron-log/main': that one opens IPC channels of its own.
import log from 'electron-log/node.js';
import { logUncaughtErrors, routeConsoleToLog } from './log';
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
    arch: process.arch,
    osVersion: `${os.type()} ${os.release()}`,
    getLocale: () => app.getLocale(),
    showSaveDialog: (sender, options) => {
      const owner = BrowserWindow.fromWebContents(sender);
      return owner === null
        ? dialog.showSaveDialog(options)
        : dialog.showSaveDialog(owner, options);
    },
    writeFile: (filePath, content) => fs.writeFile(filePath, content),
  },
  fs,
  shell: { openPath: (folder) => shell.openPath(folder) },
  log,
  env: process.env,
  mainDir: import.meta.dirname,
});
// startApp has pointed the log at userData/logs; from here on the console writes there too.
routeConsoleToLog(console, log);
logUncaughtErrors(process, log);

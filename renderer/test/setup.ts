import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// Live queries settle asynchronously; on a loaded two-core CI machine one second is too short.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out, so nothing ever resizes; browsers (and Electron) all have the API.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

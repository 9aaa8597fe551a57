import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// Live queries settle asynchronously; on a loaded two-core CI machine one second is too short.
configure({ asyncUtilTimeout: 5_000 });

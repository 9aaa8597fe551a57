import { z } from 'zod';

// The renderer runs under a CSP without 'unsafe-eval', so zod's JIT parsers can never be used.
// Left on, zod probes for eval with `Function('')` when the first object schema is built, and
// the CSP reports that as a violation on every start, drowning out real ones (e2e/web/xss.spec.ts
// fails on any). Imported first by main.tsx, before any schema exists.
z.config({ jitless: true });

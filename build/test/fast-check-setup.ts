import fc from 'fast-check';

/**
 * In CI the property tests run from a fixed seed, so a landing is decided by the code and not
 * by a draw; on developers' machines every run explores new cases. A failure prints its seed,
 * and `FC_SEED=<seed> npx vitest run <file>` runs that draw again.
 */
const seed = Number(process.env.FC_SEED);
if (Number.isInteger(seed) && process.env.FC_SEED !== '') fc.configureGlobal({ seed });
else if (process.env.CI) fc.configureGlobal({ seed: 20_261_128 });

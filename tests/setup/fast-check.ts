import fc from 'fast-check';

// Property tests draw the same examples on every run unless FAST_CHECK_SEED names another seed, so a
// failure in CI fails again on a developer's machine; a failing property prints its seed and path to replay.
// Try new ground with FAST_CHECK_SEED=$RANDOM npm test.
const seed = Number(process.env.FAST_CHECK_SEED ?? 20261201);
if (!Number.isSafeInteger(seed)) throw new Error(`FAST_CHECK_SEED must be a whole number, not "${process.env.FAST_CHECK_SEED}"`);
fc.configureGlobal({ seed });

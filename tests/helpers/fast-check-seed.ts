/**
 * Property tests draw their cases from a fixed seed, so a run is repeatable and CI never fails
 * by chance; FC_SEED=<n> explores other cases (a failure prints the seed and path to replay).
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 7714) });

/**
 * A worker thread of the loader's page checks (check-workers.ts): checks the pages it is given
 * and answers with their results, in their order. Node runs this file as it is (type stripping).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPage, type PageCheckJob } from './content-checks.ts';

parentPort?.postMessage((workerData as PageCheckJob[]).map(checkPage));

/**
 * A worker thread of the loader's page checks (check-workers.ts): checks the pages it is given
 * and answers with their results, in their order. Node runs this file as it is (type stripping).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { restoredJob, type PortableJob } from './check-workers.ts';
import { checkPage } from './content-checks.ts';

parentPort?.postMessage((workerData as PortableJob[]).map((job) => checkPage(restoredJob(job))));

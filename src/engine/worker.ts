/**
 * A scan thread: receives discovered programs one at a time, answers with
 * the partial result for each.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { emptyResult, scanPrograms, type ConfiguredProgram, type ScanOptions } from './scan.js';

const options = workerData as ScanOptions;

parentPort?.on('message', (program: ConfiguredProgram) => {
  const result = emptyResult();
  scanPrograms([program], options, result);
  parentPort?.postMessage(result);
});

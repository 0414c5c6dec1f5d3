/**
 * A scan thread: receives batches of configured programs one at a time,
 * answers with the partial result of each program.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { emptyResult, scanPrograms, type ConfiguredProgram, type ScanOptions } from './scan.js';

const options = workerData as ScanOptions;

parentPort?.on('message', (batch: ConfiguredProgram[]) => {
  parentPort?.postMessage(
    batch.map((program) => {
      const result = emptyResult();
      scanPrograms([program], options, result);
      return result;
    }),
  );
});

/**
 * A fixing thread: receives discovered programs one at a time and answers
 * with the planned changes for each (nothing is written here).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConfiguredProgram } from '../engine/scan.js';
import { fixProgram, insidePaths, type FixOptions } from './fix-files.js';

const { paths, options } = workerData as { paths: string[]; options: FixOptions };
const inside = insidePaths(paths);

parentPort?.on('message', (program: ConfiguredProgram) => {
  parentPort?.postMessage(fixProgram(program, options, inside));
});

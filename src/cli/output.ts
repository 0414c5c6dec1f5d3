/**
 * Where a command's report goes: standard output, or the file `--output` names.
 */
import { writeFileSync } from 'node:fs';
import { UsageError } from './usage-error.js';

export function writeReport(report: string, outputFile: string | undefined): void {
  if (outputFile === undefined) {
    process.stdout.write(report);
    return;
  }
  try {
    writeFileSync(outputFile, report);
  } catch (error) {
    throw new UsageError(
      `cannot write ${outputFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

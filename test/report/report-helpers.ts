/**
 * Helpers for report tests: scan a small project and render it in a format.
 */
import { DEFAULT_CONFIG, type Config } from '../../src/config/config.js';
import { scan, type ScanResult } from '../../src/engine/scan.js';
import { renderReport, type ReportFormat } from '../../src/report/index.js';
import { namedDocuments, TEST_SCAN_DATE, writeProject } from '../helpers.js';

export interface Rendered {
  dir: string;
  result: ScanResult;
  output: string;
}

/**
 * A configuration that states the account's Lambda concurrency limit, so that the
 * reservations of the report fixtures are certain failures (critical).
 */
export const LOW_QUOTA_CONFIG: Config = {
  ...DEFAULT_CONFIG,
  rules: {
    ...DEFAULT_CONFIG.rules,
    'lambda/reserved-concurrency-exceeds-headroom': { options: { accountLimit: 150 } },
  },
};

/** Writes the files, scans them (paths relative to the project) and renders the report. */
export function renderProject(
  format: ReportFormat,
  files: Record<string, string>,
  config: Config = DEFAULT_CONFIG,
): Rendered {
  const dir = writeProject(files);
  const result = scan([dir, ...namedDocuments(dir, files)], { config, cwd: dir, date: TEST_SCAN_DATE });
  const output = renderReport(format, result, {
    toolVersion: '0.0.0-test',
    cwd: dir,
    color: false,
    quiet: false,
    targets: [dir],
  });
  return { dir, result, output };
}

/**
 * Helpers for report tests: scan a small project and render it in a format.
 */
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scan, type ScanResult } from '../../src/engine/scan.js';
import { renderReport, type ReportFormat } from '../../src/report/index.js';
import { writeProject } from '../helpers.js';

export interface Rendered {
  dir: string;
  result: ScanResult;
  output: string;
}

/** Writes the files, scans them (paths relative to the project) and renders the report. */
export function renderProject(format: ReportFormat, files: Record<string, string>): Rendered {
  const dir = writeProject(files);
  const result = scan([dir], { config: DEFAULT_CONFIG, cwd: dir });
  const output = renderReport(format, result, {
    toolVersion: '0.0.0-test',
    cwd: dir,
    color: false,
    quiet: false,
    targets: [dir],
  });
  return { dir, result, output };
}

/**
 * The output formats of a scan, by name. Every format is built from the same
 * scan result; a format that needs more context takes it from `ReportContext`.
 */
import type { ScanResult } from '../engine/scan.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJsonl } from './jsonl.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export interface ReportContext {
  toolVersion: string;
  /** Directory relative finding paths are resolved against. */
  cwd: string;
  color: boolean;
  quiet: boolean;
  /** The paths the user asked to scan, as given: they name the program in report titles. */
  targets: string[];
}

export const REPORT_FORMATS = {
  text: (result: ScanResult, context: ReportContext) => formatText(result, context),
  json: (result: ScanResult, context: ReportContext) => formatJson(result, context.toolVersion, context.cwd),
  markdown: formatMarkdown,
  sarif: formatSarif,
  html: formatHtml,
  github: (result: ScanResult) => formatGithub(result),
  junit: (result: ScanResult) => formatJunit(result),
  jsonl: (result: ScanResult) => formatJsonl(result),
} as const;

export type ReportFormat = keyof typeof REPORT_FORMATS;

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, name);
}

export function renderReport(format: ReportFormat, result: ScanResult, context: ReportContext): string {
  return REPORT_FORMATS[format](result, context);
}

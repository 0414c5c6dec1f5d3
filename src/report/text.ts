/**
 * Text report: findings grouped by file, each with a short code frame, then
 * a summary line with counts per severity.
 */
import { MAX_SOURCE_BYTES, readBoundedText } from '../util/read-file.js';
import { displayPath } from '../util/paths.js';
import type { Finding } from '../engine/finding.js';
import { escapeControl, escapeControlLines } from '../util/terminal.js';
import type { ScanResult } from '../engine/scan.js';
import { SEVERITIES, type Severity } from '../rules/rule.js';

export interface TextOptions {
  color: boolean;
  quiet: boolean;
  /** Directory relative finding paths are resolved against, to read code frames. */
  cwd: string;
}

const SEVERITY_COLORS: Record<Severity, string> = {
  critical: '\x1b[1;31m',
  high: '\x1b[31m',
  medium: '\x1b[33m',
  low: '\x1b[36m',
};

export function formatText(result: ScanResult, options: TextOptions): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}\x1b[0m` : text);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const finding of result.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const lineCache = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lineCache.has(file)) {
      try {
        lineCache.set(
          file,
          readBoundedText(file.startsWith('/') ? file : `${options.cwd}/${file}`, {
            maxBytes: MAX_SOURCE_BYTES,
          }).split('\n'),
        );
      } catch {
        lineCache.set(file, undefined);
      }
    }
    return lineCache.get(file);
  };
  for (const [file, findings] of byFile) {
    out.push(paint('\x1b[4m', escapeControl(file)));
    for (const f of findings) {
      const where = `${escapeControl(f.file)}:${f.line}:${f.column}`;
      out.push(
        `  ${where}  ${paint(SEVERITY_COLORS[f.severity], f.severity)}  ${paint('\x1b[2m', escapeControl(f.ruleId))}  ${escapeControl(f.message)}`,
      );
      if (!options.quiet) {
        const frame = codeFrame(linesOf(file), f);
        if (frame) out.push(paint('\x1b[2m', frame));
        if (f.suggestion)
          out.push(`      fix: ${escapeControlLines(f.suggestion.after).split('\n').join('\n           ')}`);
        for (const r of f.related ?? [])
          out.push(
            `      ${paint('\x1b[2m', `see ${escapeControl(r.file)}:${r.line}:${r.column}`)}  ${escapeControl(r.message)}`,
          );
      }
    }
    out.push('');
  }
  const counts = SEVERITIES.map((s) => `${result.findings.filter((f) => f.severity === s).length} ${s}`).join(', ');
  const total = result.findings.length;
  const notShown = [
    result.suppressed ? `${result.suppressed} suppressed` : '',
    result.hiddenByBaseline ? `${result.hiddenByBaseline} hidden by the baseline` : '',
  ].filter(Boolean);
  // The request the programs were checked against is named, so a default PROMPT.md is never a surprise.
  const requests = (result.requirements ?? []).map(
    (o) => `${o.set.file} (${o.set.requirements.length} requirement${o.set.requirements.length === 1 ? '' : 's'})`,
  );
  out.push(
    `${total} finding${total === 1 ? '' : 's'} (${counts}) in ${result.filesScanned} file${result.filesScanned === 1 ? '' : 's'}` +
      (notShown.length ? `; ${notShown.join(', ')}` : '') +
      // Documents a directory scan left unread are counted, so an answer it took for a review is never unseen.
      (result.skippedDocuments
        ? `; ${result.skippedDocuments} Markdown document${result.skippedDocuments === 1 ? '' : 's'} not read (reviews, or no whole program file; name one to read it)`
        : '') +
      (requests.length
        ? `; checked against ${requests.slice(0, LISTED_REQUESTS).join(', ')}` +
          (requests.length > LISTED_REQUESTS ? ` and ${requests.length - LISTED_REQUESTS} more requests` : '')
        : '') +
      // The configuration files that applied are named, so none acts unseen.
      (result.configFiles?.length
        ? `; configuration: ${result.configFiles.map((file) => escapeControl(displayPath(file, options.cwd))).join(', ')}`
        : ''),
  );
  return out.join('\n') + '\n';
}

/** Requests the summary names; a scan of many tasks (a PROMPT.md each) gives the rest's count, not one line of paths. */
const LISTED_REQUESTS = 3;

/** Up to two lines of source with the finding's line marked. */
function codeFrame(lines: string[] | undefined, finding: Finding): string | undefined {
  if (!lines) return undefined;
  const line = lines[finding.line - 1];
  if (line === undefined) return undefined;
  const number = String(finding.line);
  const shown = line.length > 160 ? `${line.slice(0, 157)}...` : line;
  // A carriage return stays (CRLF files); every other control byte is shown escaped.
  const text = escapeControl(shown.replace(/\r$/, ''));
  const width =
    finding.endLine === finding.line
      ? Math.max(1, finding.endColumn - finding.column)
      : Math.max(1, text.length - finding.column + 1);
  const caret = ' '.repeat(Math.max(0, finding.column - 1)) + '^'.repeat(Math.min(width, 80));
  return `    ${number} | ${text}\n    ${' '.repeat(number.length)} | ${caret}`;
}

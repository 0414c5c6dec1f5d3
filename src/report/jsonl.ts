/**
 * JSON Lines (`--format jsonl`): one finding a line, in the shape of the JSON
 * report's `findings` (docs/output.md), so the output of several runs (shards)
 * concatenates into one valid file. `scan` writes the lines of each program as
 * soon as it is scanned.
 */
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/scan.js';

export function jsonLines(findings: readonly Finding[]): string {
  return findings.map((finding) => JSON.stringify(finding) + '\n').join('');
}

export function formatJsonl(result: ScanResult): string {
  return jsonLines(result.findings);
}

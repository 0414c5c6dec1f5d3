/**
 * Baselines: the findings a project accepted at one point, by fingerprint
 * (fingerprint.ts: rule, file, resource, message, never the line), so a build
 * fails only on new ones. File paths are taken relative to the baseline
 * file's directory, so the baseline holds wherever preflight is run from.
 */
import { writeFileSync } from 'node:fs';
import { FileReadError, readBoundedText } from '../util/read-file.js';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Finding } from './finding.js';
import { fingerprints } from './fingerprint.js';

export const DEFAULT_BASELINE_FILE = '.preflight-baseline.json';
export const BASELINE_FORMAT_VERSION = 1;

/** A baseline file that cannot be read or is not a baseline. */
export class BaselineError extends Error {}

interface BaselineEntry {
  fingerprint: string;
  /** For people reviewing the file; matching uses the fingerprint only. */
  ruleId: string;
  file: string;
  message: string;
}

interface BaselineFile {
  tool: 'preflight';
  formatVersion: number;
  findings: BaselineEntry[];
}

/** The findings with their files relative to the baseline's directory, and their fingerprints. */
function rebased(
  findings: readonly Finding[],
  baselinePath: string,
  cwd: string,
): { finding: Finding; fingerprint: string }[] {
  const base = dirname(resolve(cwd, baselinePath));
  const moved = findings.map((finding) => {
    const rel = relative(base, resolve(cwd, finding.file));
    const file = (rel && !isAbsolute(rel) ? rel : finding.file).split(sep).join('/');
    return { ...finding, file };
  });
  const prints = fingerprints(moved);
  return moved.map((finding, i) => ({ finding, fingerprint: prints[i] }));
}

/** Writes every finding to the baseline file; finding paths are relative to `cwd`. */
export function writeBaseline(path: string, findings: readonly Finding[], cwd: string): void {
  const content: BaselineFile = {
    tool: 'preflight',
    formatVersion: BASELINE_FORMAT_VERSION,
    findings: rebased(findings, path, cwd).map(({ finding, fingerprint }) => ({
      fingerprint,
      ruleId: finding.ruleId,
      file: finding.file,
      message: finding.message,
    })),
  };
  try {
    writeFileSync(resolve(cwd, path), JSON.stringify(content, null, 2) + '\n');
  } catch (error) {
    throw new BaselineError(`cannot write baseline ${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
}

/** A fingerprint line is about 150 bytes: room for hundreds of thousands of findings. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** The fingerprints a baseline file records. */
export function readBaseline(path: string, cwd: string): Set<string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      readBoundedText(resolve(cwd, path), { maxBytes: MAX_BASELINE_BYTES, what: 'baseline', shown: path }),
    );
  } catch (error) {
    if (error instanceof FileReadError) throw new BaselineError(error.message);
    throw new BaselineError(`cannot read baseline ${path}: ${(error as Error).message}`);
  }
  const file = parsed as Partial<BaselineFile> | null;
  if (!file || file.tool !== 'preflight' || !Array.isArray(file.findings))
    throw new BaselineError(`baseline ${path} is not a preflight baseline (write one with scan --write-baseline)`);
  if (file.formatVersion !== BASELINE_FORMAT_VERSION)
    throw new BaselineError(
      `baseline ${path} has format version ${String(file.formatVersion)}; this preflight reads ${BASELINE_FORMAT_VERSION}`,
    );
  return new Set(file.findings.map((entry) => entry?.fingerprint).filter((f): f is string => typeof f === 'string'));
}

/** Splits findings into those the baseline does not hold (kept) and the number it hides. */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: ReadonlySet<string>,
  baselinePath: string,
  cwd: string,
): { kept: Finding[]; hidden: number } {
  const kept: Finding[] = [];
  let hidden = 0;
  rebased(findings, baselinePath, cwd).forEach(({ fingerprint }, i) => {
    if (baseline.has(fingerprint)) hidden++;
    else kept.push(findings[i]);
  });
  return { kept, hidden };
}

/**
 * Test helpers: scan small projects written to a temporary directory.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEFAULT_CONFIG, type Config } from '../src/config/config.js';
import type { Finding } from '../src/engine/finding.js';
import { FRAMEWORKS } from '../src/rules/rule.js';
import { writesFixes } from '../src/idiom/index.js';
import type { Framework } from '../src/model/types.js';
import { scan, type ScanResult } from '../src/engine/scan.js';

/**
 * The day tests scan on: findings that depend on the date (Lambda runtime
 * block dates) never depend on the clock. On it, python3.9 and nodejs20.x are
 * refused for new functions, dotnet8 is deprecated but still deploys, and
 * python3.12 is supported.
 */
export const TEST_SCAN_DATE = '2026-12-06';

/**
 * The day tests of the shared corpus scan on: before Lambda refused any runtime
 * the corpus' corrected code uses (python3.9, nodejs18.x and nodejs20.x from
 * 2026-06-01; python3.10 and python3.11 from 2026-07-31), as when that code
 * was written and deployed. On TEST_SCAN_DATE those runtimes are critical.
 */
export const CORPUS_SCAN_DATE = '2026-01-01';

/** Writes `files` (relative path → content) to a new temporary directory and returns it. */
export function writeProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * The Markdown documents of a project, named as a user names an answer (`preflight scan lib/MODEL_RESPONSE.md`):
 * a scan of the directory alone reads a document only when one of its blocks is a whole program file, and a
 * test's answer is often a fragment. `test/readers/markdown/directory-documents.test.ts` tests the walk.
 */
export function namedDocuments(dir: string, files: Record<string, string>): string[] {
  return Object.keys(files)
    .filter((path) => /\.(md|markdown)$/.test(path))
    .map((path) => join(dir, path));
}

/** Scans a project given as files; paths in findings are relative to the project. */
export function scanProject(
  files: Record<string, string>,
  options: { rules?: string[]; config?: Partial<Config>; date?: string } = {},
): ScanResult {
  const dir = writeProject(files);
  return scan([dir, ...namedDocuments(dir, files)], {
    config: { ...DEFAULT_CONFIG, ...options.config },
    ruleIds: options.rules,
    cwd: dir,
    date: options.date ?? TEST_SCAN_DATE,
  });
}

/** Findings of one rule. */
export function findingsOf(result: ScanResult, ruleId: string): Finding[] {
  return result.findings.filter((f) => f.ruleId === ruleId);
}

/** The shared corpus, beside the project. */
export const CORPUS = join(dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'shared', 'corpus');

/**
 * The framework each corpus platform folder (`tasks/<platform>`) is written in.
 * A platform whose framework preflight does not read yet is left out of samples.
 */
const CORPUS_PLATFORM_FRAMEWORK: Record<string, string> = {
  'tf-hcl': 'terraform',
  'pulumi-ts': 'pulumi-ts',
  'pulumi-py': 'pulumi-py',
  'cfn-yaml': 'cloudformation',
  'cfn-json': 'cloudformation',
  'cdk-ts': 'cdk-ts',
  'cdk-py': 'cdk-py',
  'cdktf-ts': 'cdktf-ts',
  'cdktf-py': 'cdktf-py',
};

/** Whether preflight reads the corpus platform folder `platform` (e.g. `tf-hcl`). */
export function readsCorpusPlatform(platform: string): boolean {
  const framework = CORPUS_PLATFORM_FRAMEWORK[platform];
  if (framework === undefined) throw new Error(`corpus platform ${platform} has no framework in test/helpers.ts`);
  return (FRAMEWORKS as readonly string[]).includes(framework);
}

/** Whether preflight writes fixes in the framework of the corpus platform folder `platform`. */
export function fixesCorpusPlatform(platform: string): boolean {
  const framework = CORPUS_PLATFORM_FRAMEWORK[platform] as Framework | undefined;
  return framework !== undefined && writesFixes(framework);
}

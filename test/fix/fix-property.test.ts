/**
 * Property: whatever automatic fixes run, on whatever corpus file, the fixed
 * file parses no worse than the original and a second run changes nothing.
 * A small sample keeps the test to seconds; `scripts/fix-corpus.mjs` runs the
 * whole corpus.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/engine/scan.js';
import { planFixes, writeChanges } from '../../src/fix/fix-files.js';
import { RULES } from '../../src/rules/index.js';
import { CORPUS, fixesCorpusPlatform, readsCorpusPlatform } from '../helpers.js';

const CODE_EXTENSIONS = ['.tf', '.ts', '.py'];
/** Tasks per platform, and the size limit, that keep the run to seconds. */
const TASKS_PER_PLATFORM = 8;
const MAX_BYTES = 20_000;

/** Per task of each platform preflight reads: the flawed answer (MODEL_RESPONSE.md) and the first code file, when small enough. */
function sampleFiles(): string[] {
  const tasks = join(CORPUS, 'tasks');
  if (!existsSync(tasks)) return [];
  const files: string[] = [];
  // Platforms whose framework gets fixes (CDK and CDKTF get none yet).
  for (const platform of readdirSync(tasks).sort().filter(readsCorpusPlatform).filter(fixesCorpusPlatform)) {
    let taken = 0;
    for (const task of readdirSync(join(tasks, platform)).sort()) {
      const lib = join(tasks, platform, task, 'lib');
      if (!existsSync(lib) || taken >= TASKS_PER_PLATFORM) continue;
      const names = readdirSync(lib).sort();
      const code = names.find((n) => CODE_EXTENSIONS.some((e) => n.endsWith(e)) && !n.endsWith('.d.ts'));
      const picked = ['MODEL_RESPONSE.md', code]
        .filter((n): n is string => n !== undefined && names.includes(n))
        .map((n) => join(lib, n))
        .filter((path) => statSync(path).isFile() && statSync(path).size <= MAX_BYTES);
      if (picked.length) taken++;
      files.push(...picked);
    }
  }
  return files;
}

const FIXABLE = RULES.filter((r) => r.meta.fixable === 'auto').map((r) => r.meta.id);
const SAMPLE = sampleFiles();

function parseErrors(dir: string): number {
  return scan([dir], { config: DEFAULT_CONFIG, ruleIds: [], cwd: dir }).findings.filter(
    (f) => f.ruleId === 'parse-error',
  ).length;
}

test(
  'fixing a corpus file never makes it unparseable, and a second run changes nothing',
  { skip: !SAMPLE.length },
  () => {
    let changed = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLE),
        fc.oneof(fc.constant(FIXABLE), fc.subarray(FIXABLE, { minLength: 1 })),
        (file, rules) => {
          const dir = mkdtempSync(join(tmpdir(), 'preflight-fix-property-'));
          copyFileSync(file, join(dir, basename(file)));
          const errorsBefore = parseErrors(dir);
          const options = { scan: { config: DEFAULT_CONFIG, cwd: dir }, rules };
          changed += writeChanges(planFixes([dir], options).changes).written.length;
          assert.ok(parseErrors(dir) <= errorsBefore, `${file} with ${rules.join(', ')} parses worse`);
          assert.deepEqual(planFixes([dir], options).changes, [], `${file}: a second run changed something`);
        },
      ),
      { numRuns: 24, seed: 20260101 },
    );
    // The sample must exercise fixes, not only files no fix applies to.
    assert.ok(changed >= 3, `only ${changed} of 24 runs changed a file (sample of ${SAMPLE.length})`);
  },
);

/**
 * The bundled examples against the seeds they come from: scanning each
 * `answer/` reports exactly the seed's code-visible failures (by rule id), and
 * scanning each `corrected/` reports nothing at high or critical.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { compareVersions } from '../../src/compare/compare.js';
import { scan } from '../../src/engine/scan.js';
import { RULES } from '../../src/rules/index.js';
import { seedItems } from '../acceptance/seeds.js';
import { TEST_SCAN_DATE } from '../helpers.js';

const EXAMPLES = join(dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'examples');

interface Example {
  system: string;
  task: string;
  /**
   * Failures the seed lists and this answer's code shows although the corpus
   * answer's labels do not carry them (the label says the corpus code lacked them).
   */
  alsoShown: string[];
}

const EXAMPLES_BY_SEED: Example[] = [
  { system: 'payment-pipeline', task: 'pulumi-ts/Pr7209', alsoShown: [] },
  { system: 'file-processing', task: 'pulumi-py/Pr5033', alsoShown: [] },
  { system: 'transaction-lambda', task: 'pulumi-ts/Pr7690', alsoShown: [] },
  {
    system: 'microservices',
    task: 'tf-hcl/Pr1311',
    alsoShown: [
      'terraform/undefined-reference', // #9: the assume-role policy document is not declared
      'terraform/for-each-key-mismatch', // #10: integrations keyed differently from resources and functions
      'terraform/empty-backend', // #11: backend "s3" {} with nothing beside it
      'terraform/lambda-source-hash-missing', // #8: functions deployed from archives without source_code_hash
    ],
  },
];

const implemented = new Set(RULES.map((r) => r.meta.id));
const isSevere = (severity: string) => severity === 'critical' || severity === 'high';

/** As a user scans an example: each program with its own `.preflight.yaml` when it has one, else the defaults. */
function scanExample(path: string) {
  return scan([path], { cwd: EXAMPLES, date: TEST_SCAN_DATE });
}

for (const example of EXAMPLES_BY_SEED) {
  const expected = new Set([
    ...seedItems(example.task)
      .filter((item) => item.kind === 'catalog')
      .flatMap((item) => item.rules),
    ...example.alsoShown,
  ]);

  test(`${example.system}: the answer reports exactly the seed's failures`, () => {
    for (const rule of expected) assert.ok(implemented.has(rule), `${rule} is not implemented`);
    const result = scanExample(join(EXAMPLES, example.system, 'answer'));
    assert.deepEqual(result.errors, []);
    const reported = new Set(result.findings.map((f) => f.ruleId));
    assert.deepEqual([...reported].sort(), [...expected].sort());
    // Every high or critical finding is one of the seed's failures, none is a parse error.
    assert.deepEqual(
      result.findings.filter((f) => isSevere(f.severity) && !expected.has(f.ruleId)),
      [],
    );
  });

  test(`${example.system}: the corrected program reports nothing at high or critical`, () => {
    const result = scanExample(join(EXAMPLES, example.system, 'corrected'));
    assert.deepEqual(result.errors, []);
    assert.ok(result.filesScanned >= 2);
    assert.deepEqual(
      result.findings.filter((f) => isSevere(f.severity)).map((f) => `${f.ruleId} ${f.file}:${f.line}`),
      [],
    );
  });

  test(`${example.system}: compare lists every failure of the answer as fixed, none remaining or new`, () => {
    const comparison = compareVersions(
      scanExample(join(EXAMPLES, example.system, 'answer')).findings,
      scanExample(join(EXAMPLES, example.system, 'corrected')).findings,
    );
    assert.deepEqual([...new Set(comparison.fixed.map((f) => f.ruleId))].sort(), [...expected].sort());
    assert.deepEqual(comparison.remaining, []);
    assert.deepEqual(comparison.added, []);
  });
}

test('the whole examples folder: every seed failure on the answers, nothing severe on the corrected programs', () => {
  const result = scanExample(EXAMPLES);
  assert.equal(result.programs, 8);
  const severe = result.findings.filter((f) => isSevere(f.severity));
  assert.ok(severe.length > 0);
  assert.deepEqual(
    severe.filter((f) => !f.file.includes('/answer/')).map((f) => f.file),
    [],
  );
});

test('the Python examples parse (python3 -m ast over every file)', () => {
  const root = join(EXAMPLES, 'file-processing');
  const files = (readdirSync(root, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.py'))
    .map((f) => join(root, f));
  assert.ok(files.length >= 10, files.join(', '));
  const check = spawnSync(
    'python3',
    ['-c', 'import ast, sys\nfor path in sys.argv[1:]:\n    ast.parse(open(path).read(), path)', ...files],
    { encoding: 'utf8' },
  );
  assert.equal(check.error, undefined, 'python3 runs');
  assert.equal(check.status, 0, check.stderr);
});

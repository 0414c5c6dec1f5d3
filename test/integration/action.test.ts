/**
 * Smoke test of the GitHub Action (action.yml) run locally: its `run` steps
 * are executed as the runner does (bash -eo pipefail, the step's env and
 * working directory, `${{ }}` expressions over inputs, the action path and
 * earlier steps' outputs written to GITHUB_OUTPUT) on copies of the examples.
 * `uses` steps (the SARIF upload) cannot run here: the test checks what they
 * would be given instead.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { parse } from 'yaml';

const REPOSITORY = fileURLToPath(new URL('../../..', import.meta.url));

interface Step {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(REPOSITORY, 'action.yml'), 'utf8')) as Action;

interface Run {
  /** Exit code of the first step that failed, else 0. */
  code: number;
  failedStep?: string;
  stdout: string;
  outputs: Record<string, Record<string, string>>;
  /** The `with` of each `uses` step, expressions evaluated. */
  used: { uses: string; with: Record<string, string>; ran: boolean }[];
  workspace: string;
}

function runAction(example: string, inputs: Record<string, string>): Run {
  const workspace = mkdtempSync(join(tmpdir(), 'preflight-action-'));
  cpSync(join(REPOSITORY, 'examples', example), join(workspace, example), { recursive: true });
  const values: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) values[name] = inputs[name] ?? input.default ?? '';
  const outputs: Record<string, Record<string, string>> = {};
  // The expressions this action uses: inputs, the action path, earlier steps' outputs, and one comparison.
  const evaluate = (text: string) =>
    text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
      const comparison = /^inputs\.([\w-]+) == '(.*)'$/.exec(expression);
      if (comparison) return String(values[comparison[1]] === comparison[2]);
      const input = /^inputs\.([\w-]+)$/.exec(expression);
      if (input) return values[input[1]];
      if (expression === 'github.action_path') return REPOSITORY;
      const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
      if (output) return outputs[output[1]]?.[output[2]] ?? '';
      throw new Error(`expression the test cannot evaluate: ${expression}`);
    });
  const run: Run = { code: 0, stdout: '', outputs, used: [], workspace };
  for (const step of action.runs.steps) {
    const enabled = step.if === undefined || evaluate(step.if) === 'true';
    if (step.uses) {
      run.used.push({
        uses: step.uses,
        with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, evaluate(v)])),
        ran: enabled,
      });
      continue;
    }
    if (!enabled) continue;
    assert.equal(step.shell, 'bash', `step "${step.name}" runs in bash`);
    const outputFile = join(workspace, `.output-${step.id ?? 'step'}`);
    writeFileSync(outputFile, '');
    const script = join(workspace, '.step.sh');
    writeFileSync(script, evaluate(step.run ?? ''));
    const env = {
      ...process.env,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: REPOSITORY,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v)])),
    };
    const cwd = step['working-directory'] ? resolve(workspace, evaluate(step['working-directory'])) : workspace;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      env,
      encoding: 'utf8',
    });
    run.stdout += result.stdout;
    if (step.id)
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
    if (result.status !== 0) {
      run.code = result.status ?? 1;
      run.failedStep = step.name;
      run.stdout += result.stderr;
      break;
    }
  }
  return run;
}

test('action.yml is a composite action whose steps are bash scripts or the SARIF upload', () => {
  assert.equal(action.runs.using, 'composite');
  const uses = action.runs.steps.filter((step) => step.uses).map((step) => step.uses);
  assert.deepEqual(uses, ['github/codeql-action/upload-sarif@v3']);
});

test('action: an answer with high findings gets a SARIF report, annotations, the upload, then fails', () => {
  const run = runAction('microservices/answer', { paths: 'microservices' });
  assert.equal(run.failedStep, 'Fail on findings at or above fail-on', run.stdout);
  assert.equal(run.code, 1);
  assert.equal(run.outputs.scan['exit-code'], '1');
  const sarifFile = join(run.workspace, run.outputs.scan['sarif-file']);
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: { results: unknown[] }[] };
  assert.ok(sarif.runs[0].results.length > 0);
  // The upload step is given the report the scan wrote.
  assert.deepEqual(run.used, [
    {
      uses: 'github/codeql-action/upload-sarif@v3',
      with: { sarif_file: 'preflight.sarif', category: 'preflight' },
      ran: true,
    },
  ]);
  assert.equal(
    run.stdout.match(/^::(error|warning|notice) file=microservices\//gm)?.length,
    sarif.runs[0].results.length,
  );
  assert.match(run.stdout, /::error title=preflight::findings at or above high/);
});

test('action: the corrected program passes; fail-on none passes the answer; no upload when switched off', () => {
  const corrected = runAction('microservices/corrected', { paths: 'microservices', annotations: 'false' });
  assert.equal(corrected.code, 0, corrected.stdout);
  assert.equal(corrected.outputs.scan['exit-code'], '0');
  assert.doesNotMatch(corrected.stdout, /^::/m);
  const lenient = runAction('microservices/answer', {
    paths: 'microservices',
    'fail-on': 'none',
    'upload-sarif': 'false',
    'sarif-file': 'report.sarif',
  });
  assert.equal(lenient.code, 0, lenient.stdout);
  assert.equal(lenient.used[0].ran, false);
  assert.ok(existsSync(join(lenient.workspace, 'report.sarif')));
});

test('action: a usage error stops the scan step with its exit code', () => {
  const run = runAction('microservices/answer', { paths: 'microservices', args: '--rules no/such-rule' });
  assert.equal(run.failedStep, 'Scan');
  assert.equal(run.code, 2);
  assert.match(run.stdout, /unknown rule id: no\/such-rule/);
});

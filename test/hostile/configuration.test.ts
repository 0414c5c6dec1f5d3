/**
 * Configuration from anywhere and small gaps (issue 13, items 12 and 13): the
 * search for `.preflight.yaml` stops at the repository root, every report
 * names the configuration files used, an empty glob and a non-finite or
 * fractional count are configuration errors, and a named target that cannot
 * be read is an error (exit 2), not a passing scan of nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

const KMS_KEY = 'resource "aws_kms_key" "k" {}\n';
const SILENCE = 'rules:\n  kms/rotation-disabled: off\n';
const rules = ['--rules', 'kms/rotation-disabled'];

const findingsOf = (stdout: string) => (JSON.parse(stdout) as { findings: { ruleId: string }[] }).findings;

test('a .preflight.yaml above the repository root (the directory holding .git) does not apply', () => {
  const root = writeProject({ '.preflight.yaml': SILENCE, 'repo/infra/main.tf': KMS_KEY });
  mkdirSync(join(root, 'repo', '.git'));
  const repo = join(root, 'repo');
  const result = run(['scan', '.', ...rules, '--format', 'json'], repo);
  assert.equal(findingsOf(result.stdout).length, 1, result.stderr);
  // A worktree's .git is a file: it marks the root too.
  const worktree = writeProject({
    '.preflight.yaml': SILENCE,
    'wt/.git': 'gitdir: /elsewhere\n',
    'wt/main.tf': KMS_KEY,
  });
  assert.equal(findingsOf(run(['scan', '.', ...rules, '--format', 'json'], join(worktree, 'wt')).stdout).length, 1);
  // Inside the repository the nearest one above a program still applies.
  const inside = writeProject({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.preflight.yaml': SILENCE,
    'a/b/main.tf': KMS_KEY,
  });
  assert.equal(findingsOf(run(['scan', 'a/b', ...rules, '--format', 'json'], inside).stdout).length, 0);
});

test('outside a repository, a .preflight.yaml above the working directory does not apply', () => {
  // One dropped in a shared temporary directory must not silence every scan below it.
  const root = writeProject({ '.preflight.yaml': SILENCE, 'work/infra/main.tf': KMS_KEY });
  const result = run(['scan', '.', ...rules, '--format', 'json'], join(root, 'work'));
  assert.equal(findingsOf(result.stdout).length, 1, result.stderr);
});

test('text, JSON and SARIF name the configuration files used', () => {
  const dir = writeProject({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.preflight.yaml': 'rules:\n  kms/rotation-disabled: high\n',
    'a/main.tf': KMS_KEY,
    'b/.preflight.yml': 'rules:\n  kms/rotation-disabled: low\n',
    'b/main.tf': KMS_KEY,
  });
  const text = run(['scan', '.', ...rules], dir).stdout;
  assert.match(text, /; configuration: \.preflight\.yaml, b\/\.preflight\.yml\n$/);
  const json = JSON.parse(run(['scan', '.', ...rules, '--format', 'json', '--jobs', '2'], dir).stdout) as {
    configFiles: string[];
  };
  assert.deepEqual(json.configFiles, ['.preflight.yaml', 'b/.preflight.yml']);
  const sarif = JSON.parse(run(['scan', '.', ...rules, '--format', 'sarif'], dir).stdout) as {
    runs: { invocations: { properties?: { configurationFiles: string[] } }[] }[];
  };
  assert.deepEqual(sarif.runs[0].invocations[0].properties?.configurationFiles, [
    '.preflight.yaml',
    'b/.preflight.yml',
  ]);
  // --config names the one given; no configuration, no mention.
  const explicit = writeProject({ 'other.yaml': SILENCE, 'main.tf': KMS_KEY });
  assert.match(
    run(['scan', '.', ...rules, '--config', 'other.yaml'], explicit).stdout,
    /; configuration: other\.yaml\n$/,
  );
  const none = writeProject({ '.git/HEAD': '', 'main.tf': KMS_KEY });
  assert.doesNotMatch(run(['scan', '.', ...rules], none).stdout, /configuration/);
  assert.deepEqual(
    (JSON.parse(run(['scan', '.', ...rules, '--format', 'json'], none).stdout) as { configFiles: string[] })
      .configFiles,
    [],
  );
});

test('an empty exclude or include glob is a configuration error, not an internal error', () => {
  for (const config of ["exclude: ''\n", "include: ''\n", "exclude: ['']\n"]) {
    const dir = writeProject({ '.preflight.yaml': config, 'main.tf': KMS_KEY });
    const result = run(['scan', '.'], dir);
    assert.equal(result.status, 2, config);
    assert.match(
      result.stderr,
      /^preflight: \.preflight\.yaml:1: (exclude|include)(\[0\])?: expected a glob \(a non-empty string\)\n$/,
      config,
    );
  }
});

test('.nan, .inf, 1e309 and fractions are refused where a whole number is expected', () => {
  for (const value of ['.nan', '.inf', '-.inf', '1e309', '2.5']) {
    const dir = writeProject({
      '.preflight.yaml': `rules:\n  lambda/reserved-concurrency-exceeds-headroom:\n    accountLimit: ${value}\n`,
      'main.tf': KMS_KEY,
    });
    const result = run(['scan', '.'], dir);
    assert.equal(result.status, 2, `${value}: ${result.stdout}${result.stderr}`);
    assert.match(
      result.stderr,
      /^preflight: \.preflight\.yaml:3: rules\.lambda\/reserved-concurrency-exceeds-headroom\.accountLimit: must be a (finite|whole) number/,
      value,
    );
  }
  const whole = writeProject({
    '.preflight.yaml': 'rules:\n  lambda/reserved-concurrency-exceeds-headroom:\n    accountLimit: 3000\n',
    'main.tf': KMS_KEY,
  });
  assert.equal(run(['scan', '.'], whole).status, 0);
});

test('a named target that cannot be read exits 2 with a one-line error (scan, fix, compare)', () => {
  const dir = writeProject({ 'main.tf': KMS_KEY });
  // A FIFO is unreadable to everyone, root included; a mode-000 directory to everyone else.
  spawnSync('mkfifo', [join(dir, 'fifo.tf')]);
  const targets = ['fifo.tf'];
  if (process.getuid?.() !== 0) {
    mkdirSync(join(dir, 'closed'));
    chmodSync(join(dir, 'closed'), 0);
    targets.push('closed');
  }
  for (const target of targets)
    for (const args of [
      ['scan', target],
      ['fix', target],
      ['compare', target, 'main.tf'],
    ]) {
      const result = run(args, dir);
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, new RegExp(`^preflight: cannot read ${target}: [^\\n]+\\n$`), args.join(' '));
      assert.equal(result.stdout, '', args.join(' '));
    }
  if (targets.includes('closed')) chmodSync(join(dir, 'closed'), 0o755);
});

/**
 * The pre-commit hook (.pre-commit-hooks.yaml) run by pre-commit itself on a
 * temporary git repository, with this build's `preflight` first on PATH (the
 * hook runs the installed command: `language: system`). Skipped, with the
 * reason, when pre-commit is not installed; CI installs it (.ci/run).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const REPOSITORY = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const missing = preCommit.error || preCommit.status !== 0;

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  assert.equal(result.status, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

/** This working tree (tracked and new files, as git sees them) as a repository of its own: the hook as it is now. */
function snapshotOfThisRepository(): { dir: string; rev: string } {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-hook-repo-'));
  const files = git(REPOSITORY, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0');
  for (const file of files.filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      copyFileSync(join(REPOSITORY, file), join(dir, file));
    } catch {
      // A file deleted in the working tree but still in the index.
    }
  }
  git(dir, 'init', '-q');
  return { dir, rev: commitAll(dir, 'snapshot') };
}

test(
  'pre-commit runs the preflight hook: a commit with a critical finding fails, a clean one passes',
  { skip: missing ? 'pre-commit is not installed (pip install pre-commit); CI installs it' : false },
  () => {
    const hook = snapshotOfThisRepository();
    const project = mkdtempSync(join(tmpdir(), 'preflight-pre-commit-'));
    git(project, 'init', '-q');
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: preflight\n`,
    );
    writeFileSync(join(project, 'main.tf'), 'resource "aws_lambda_functionn" "f" {\n  function_name = "x"\n}\n');
    git(project, 'add', '-A');
    // Outside the project: the hook scans the project, and the cache holds a copy of this repository.
    const home = mkdtempSync(join(tmpdir(), 'preflight-pre-commit-home-'));
    // `preflight` on PATH is this build, as `npm install -g` would make it.
    const bin = mkdtempSync(join(tmpdir(), 'preflight-bin-'));
    writeFileSync(join(bin, 'preflight'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'preflight'), 0o755);
    const env = { ...process.env, PRE_COMMIT_HOME: home, CI: 'true', PATH: `${bin}${delimiter}${process.env.PATH}` };
    const run = () => spawnSync('pre-commit', ['run', '--color', 'never'], { cwd: project, encoding: 'utf8', env });

    const failing = run();
    assert.equal(failing.status, 1, failing.stdout + failing.stderr);
    assert.match(failing.stdout, /preflight\.+Failed/);
    assert.match(failing.stdout, /critical\s+terraform\/unknown-resource-type/);

    writeFileSync(join(project, 'main.tf'), 'resource "aws_sqs_queue" "q" {\n  name = "x"\n}\n');
    git(project, 'add', '-A');
    const passing = run();
    assert.equal(passing.status, 0, passing.stdout + passing.stderr);
    assert.match(passing.stdout, /preflight\.+Passed/);

    // A commit without a file of the types the hook reads does not run it.
    writeFileSync(join(project, 'notes.txt'), 'nothing to review\n');
    commitAll(project, 'ok');
    writeFileSync(join(project, 'notes.txt'), 'still nothing\n');
    git(project, 'add', '-A');
    const skipped = run();
    assert.equal(skipped.status, 0, skipped.stdout + skipped.stderr);
    assert.match(skipped.stdout, /preflight\.+\(no files to check\)Skipped/);
  },
);

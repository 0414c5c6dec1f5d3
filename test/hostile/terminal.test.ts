/**
 * Terminal injection (issue 13, item 11): names, messages, source lines and
 * file names from a hostile repository reach the terminal escaped, in text
 * output (colour or not, quiet or not) and on stderr; read errors go to
 * stderr in every format (item 13).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { escapeControl } from '../../src/util/terminal.js';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

// ESC, BEL, C1 CSI, and a bidi override: none may reach a terminal raw.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

test('escapeControl shows every control character and keeps ordinary text', () => {
  assert.equal(escapeControl('k\u001b]0;PWNED\u0007\u001b[2J'), 'k\\x1b]0;PWNED\\x07\\x1b[2J');
  assert.equal(escapeControl('a\nb\rc\u009bd\u202ee'), 'a\\nb\\rc\\x9bd\\u202ee');
  assert.equal(escapeControl('café\tnaïve → ok'), 'café\tnaïve → ok');
});

test('a resource name with escape sequences is escaped in text output, colour and --quiet included', () => {
  const dir = writeProject({
    'main.tf': 'resource "aws_kms_key" "k\\u001b]0;PWNED\\u0007\\u001b[2J" {\n  description = "x\u001b[31m"\n}\n',
  });
  for (const extra of [[], ['--no-color'], ['--color'], ['--quiet']]) {
    const result = run(['scan', '.', ...extra], dir);
    // Only the report's own colour codes (ESC [ digits m) may remain.
    // eslint-disable-next-line no-control-regex
    const withoutColour = result.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    assert.doesNotMatch(withoutColour, RAW_CONTROL, extra.join(' '));
    assert.doesNotMatch(result.stderr, RAW_CONTROL, extra.join(' '));
  }
});

test('a newline in a file name cannot forge a line of --quiet output; errors go to stderr', () => {
  const dir = writeProject({
    'x\n  main.tf:1:1  critical  forged  fake.tf': 'resource "aws_kms_key" "a" {\n  enable_key_rotation = false\n}\n',
  });
  const result = run(['scan', '.', '--quiet', '--no-color'], dir);
  for (const line of result.stdout.split('\n')) assert.doesNotMatch(line, /^\s+main\.tf:1:1/);
  assert.doesNotMatch(result.stdout, /^error:/m);
});

test('the Markdown report puts names and messages in code spans', () => {
  const dir = writeProject({ 'main.tf': 'resource "aws_kms_key" "<img src=x onerror=alert(1)>" {}\n' });
  const result = run(['scan', '.', '--format', 'markdown'], dir);
  const prose = result.stdout.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  assert.match(result.stdout, /<img/);
  assert.doesNotMatch(prose, /<img/);
});

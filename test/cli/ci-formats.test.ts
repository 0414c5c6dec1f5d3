import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { Finding } from '../../src/engine/finding.js';
import { emptyResult } from '../../src/engine/scan.js';
import { escapeData, escapeProperty, githubAnnotation } from '../../src/report/github.js';
import { escapeXml, formatJunit } from '../../src/report/junit.js';
import { parseShard, inShard } from '../../src/engine/shard.js';
import { progressLine, progressWanted } from '../../src/cli/progress.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: EXAMPLES,
    encoding: 'utf8',
    env: { ...process.env, CI: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'kms/rotation-disabled',
  severity: 'high',
  message: 'm',
  file: 'main.tf',
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  ...overrides,
});

function jsonFindings(args: string[]): Finding[] {
  return (JSON.parse(run(['scan', '.', '--format', 'json', ...args]).stdout) as { findings: Finding[] }).findings;
}

function jsonlFindings(stdout: string): Finding[] {
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Finding);
}

const key = (f: Finding) => `${f.file}:${f.line}:${f.column}:${f.ruleId}:${f.message}`;

test('github: workflow commands escape %, CR and LF in messages, and also : and , in properties', () => {
  assert.equal(escapeData('50% a\r\nb'), '50%25 a%0D%0Ab');
  assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  const line = githubAnnotation(finding({ file: 'dir,x/a:b.tf', message: 'two\nlines: 100%' }));
  assert.equal(
    line,
    '::error file=dir%2Cx/a%3Ab.tf,line=3,endLine=3,col=5,endColumn=9,title=preflight high%3A kms/rotation-disabled::two%0Alines: 100%25\n',
  );
  assert.match(githubAnnotation(finding({ severity: 'medium' })), /^::warning /);
  assert.match(githubAnnotation(finding({ severity: 'low' })), /^::notice /);
  // A range over several lines has no columns: GitHub draws columns within one line only.
  assert.doesNotMatch(githubAnnotation(finding({ endLine: 7 })), /col=/);
});

test('github: one annotation per finding of the scan', () => {
  const { code, stdout } = run(['scan', '.', '--format', 'github']);
  assert.equal(code, 1);
  const lines = stdout.split('\n').filter(Boolean);
  assert.equal(lines.length, jsonFindings([]).length);
  for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+/);
});

test('junit: escaped XML with a failing test case per finding and a passing case for a clean scan', () => {
  assert.equal(escapeXml(`<a href="x">&'\u0001`), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  const result = emptyResult(['cannot read x: EACCES']);
  result.findings = [finding({ message: 'a < b & "c"' }), finding({ file: 'other.tf' })];
  const xml = formatJunit(result);
  assert.match(
    xml,
    /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="preflight" tests="3" failures="2" errors="1">/,
  );
  assert.equal(xml.match(/<failure /g)?.length, 2);
  assert.match(xml, /message="a &lt; b &amp; &quot;c&quot;"/);
  assert.match(xml, /<testsuite name="main.tf" tests="1" failures="1"/);
  assert.match(xml, /<error message="cannot read x: EACCES"\/>/);
  const clean = formatJunit(emptyResult());
  assert.match(clean, /tests="1" failures="0" errors="0"/);
  assert.match(clean, /<testcase classname="preflight" name="scan: no findings"\/>/);
  assert.equal(run(['scan', '.', '--format', 'junit']).stdout.match(/<failure /g)?.length, jsonFindings([]).length);
});

test('jsonl: one finding a line, the same findings as the JSON report', () => {
  const { code, stdout } = run(['scan', '.', '--format', 'jsonl', '--jobs', '1']);
  assert.equal(code, 1);
  const lines = jsonlFindings(stdout);
  assert.deepEqual(lines.map(key).sort(), jsonFindings([]).map(key).sort());
  assert.ok(lines.length > 0);
  // On two threads the lines come in the same (program) order.
  assert.equal(run(['scan', '.', '--format', 'jsonl', '--jobs', '2']).stdout, stdout);
});

test('--shard i/n: the shards are disjoint and together give the whole scan', () => {
  assert.deepEqual(parseShard('2/4'), { index: 2, count: 4 });
  for (const bad of ['0/3', '4/3', '1/0', 'x', '1/2/3']) assert.equal(parseShard(bad), undefined, bad);
  assert.equal([0, 1, 2, 3, 4, 5, 6].filter((i) => inShard(i, { index: 2, count: 3 })).join(), '1,4');
  const whole = jsonFindings([]).map(key).sort();
  const shards = [1, 2, 3].map((i) => jsonFindings(['--shard', `${i}/3`]).map(key));
  for (const shard of shards) assert.ok(shard.length > 0 && shard.length < whole.length);
  assert.deepEqual(shards.flat().sort(), whole);
  assert.equal(new Set(shards.flat()).size, whole.length);
  // The same shard twice is the same share.
  assert.deepEqual(jsonFindings(['--shard', '2/3']).map(key), shards[1]);
  const refused = run(['scan', '.', '--shard', '4/3']);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /--shard must be i\/n/);
});

test('progress: only on a terminal outside CI; redrawn in place and erased at the end', () => {
  assert.equal(progressWanted({ isTTY: true, write: () => true }, {}), true);
  assert.equal(progressWanted({ isTTY: false, write: () => true }, {}), false);
  assert.equal(progressWanted({ isTTY: true, write: () => true }, { CI: 'true' }), false);
  let written = '';
  let time = 0;
  const line = progressLine({ isTTY: true, write: (text) => ((written += text), true) }, () => time);
  const program = (kind: string) => ({ kind, root: '/r', files: [] }) as never;
  line.observer.started?.([program('terraform'), program('terraform'), program('pulumi-ts')]);
  line.observer.scanned?.(program('terraform'), emptyResult());
  line.observer.scanned?.(program('terraform'), emptyResult()); // within 100 ms: not redrawn
  time = 500;
  line.observer.scanned?.(program('pulumi-ts'), emptyResult());
  line.end();
  assert.equal(
    written,
    '\r\x1b[Kpreflight: 1/3 programs scanned (terraform)\r\x1b[Kpreflight: 3/3 programs scanned (pulumi-ts)\r\x1b[K',
  );
  // In a pipe (the test's own runs) standard error holds no progress line.
  assert.doesNotMatch(run(['scan', '.']).stderr, /programs scanned/);
});

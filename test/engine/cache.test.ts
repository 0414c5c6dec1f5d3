import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { ScanCache } from '../../src/engine/cache.js';
import { scanInParallel } from '../../src/engine/parallel.js';
import { configurePrograms, emptyResult } from '../../src/engine/scan.js';
import { discover } from '../../src/discover/discover.js';
import { TEST_SCAN_DATE, writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

const KEY_WITHOUT_ROTATION = 'resource "aws_kms_key" "k" {\n  description = "k"\n}\n';
const KEY_WITH_ROTATION =
  'resource "aws_kms_key" "k" {\n  description         = "k"\n  enable_key_rotation = true\n}\n';

function project() {
  return writeProject({
    'a/main.tf': KEY_WITHOUT_ROTATION,
    'b/main.tf': 'resource "aws_lambda_functionn" "f" {\n  function_name = "x"\n}\n',
    'c/Pulumi.yaml': 'name: c\nruntime: nodejs\n',
    'c/index.ts': 'import * as aws from "@pulumi/aws";\nnew aws.kms.Key("k", { description: "k" });\n',
  });
}

async function scanWith(dir: string, cache: ScanCache | undefined, jobs = 1) {
  const result = await scanInParallel([dir], { config: DEFAULT_CONFIG, cwd: dir, date: TEST_SCAN_DATE }, jobs, {
    cache,
  });
  return JSON.stringify({ ...result, filesRead: undefined });
}

test('--cache: a second scan of unchanged programs reuses every result, and the result is the same', async () => {
  const dir = project();
  const location = join(dir, '.preflight-cache');
  const plain = await scanWith(dir, undefined);
  const first = new ScanCache(location, '1.0.0', { cwd: dir });
  assert.equal(first.loaded, false);
  assert.equal(await scanWith(dir, first), plain);
  assert.equal(first.hits, 0);
  assert.equal(first.misses, 3);
  first.save();
  const second = new ScanCache(location, '1.0.0', { cwd: dir });
  assert.equal(second.loaded, true);
  assert.equal(await scanWith(dir, second), plain);
  assert.equal(second.hits, 3);
  assert.ok(plain.includes('kms/rotation-disabled') && plain.includes('terraform/unknown-resource-type'));
});

test('--cache: a changed file, configuration or rule selection re-scans its program only', async () => {
  const dir = project();
  const location = join(dir, '.preflight-cache');
  const first = new ScanCache(location, '1.0.0', { cwd: dir });
  await scanWith(dir, first);
  first.save();

  writeFileSync(join(dir, 'a/main.tf'), KEY_WITH_ROTATION);
  const changed = new ScanCache(location, '1.0.0', { cwd: dir });
  const afterChange = await scanWith(dir, changed);
  assert.equal(changed.hits, 2);
  assert.equal(changed.misses, 1);
  assert.equal(afterChange, await scanWith(dir, undefined));
  assert.doesNotMatch(afterChange, /"file":"a\/main.tf"/);
  changed.save();

  writeFileSync(join(dir, '.preflight.yaml'), 'rules:\n  kms/rotation-disabled: off\n');
  const configured = new ScanCache(location, '1.0.0', { cwd: dir });
  const result = await scanInParallel([dir], { cwd: dir }, 1, { cache: configured });
  assert.equal(configured.hits, 0, 'every program sees the new configuration');
  assert.ok(!result.findings.some((f) => f.ruleId === 'kms/rotation-disabled'));

  const onlyOneRule = new ScanCache(location, '1.0.0', { cwd: dir, ruleIds: ['terraform/unknown-resource-type'] });
  assert.equal(onlyOneRule.lookup(configurePrograms(discover([dir]).programs, {})[0], 'x'), undefined);
});

test('--cache: a file a reader looked for beyond the program (present or not) is checked too', () => {
  const dir = project();
  const program = configurePrograms(discover([join(dir, 'a')]).programs, { config: DEFAULT_CONFIG })[0];
  const cache = new ScanCache(join(dir, 'cache'), '1.0.0', { cwd: dir });
  const key = cache.keyOf(program, TEST_SCAN_DATE);
  const handler = join(dir, 'a/handler.py');
  writeFileSync(handler, 'def handler(event, context):\n    return 1\n');
  cache.store(program, key, { ...emptyResult(), programs: 1, filesRead: [handler, join(dir, 'a/absent.py')] });
  assert.ok(cache.lookup(program, key));
  writeFileSync(handler, 'def handler(event, context):\n    return 2\n');
  assert.equal(cache.lookup(program, key), undefined);
  cache.store(program, key, { ...emptyResult(), programs: 1, filesRead: [handler, join(dir, 'a/absent.py')] });
  writeFileSync(join(dir, 'a/absent.py'), 'x = 1\n');
  assert.equal(cache.lookup(program, key), undefined, 'a file that appeared where a reader looked');
});

test('--cache: a changed request beside an answer re-scans the answer', async () => {
  const answer =
    '```hcl\nterraform {\n  required_version = ">= 1.5"\n}\n\nprovider "aws" {\n  region = "us-east-1"\n}\n\n' +
    'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}\n```\n';
  const dir = writeProject({ 'lib/PROMPT.md': '- Deploy to us-east-1.\n', 'lib/MODEL_RESPONSE.md': answer });
  const location = join(dir, '.preflight-cache');
  const first = new ScanCache(location, '1.0.0', { cwd: dir });
  assert.doesNotMatch(await scanWith(dir, first), /requirements\/region/);
  first.save();
  writeFileSync(join(dir, 'lib/PROMPT.md'), '- Deploy to eu-west-1.\n');
  const second = new ScanCache(location, '1.0.0', { cwd: dir });
  assert.match(await scanWith(dir, second), /requirements\/region/);
  assert.equal(second.hits, 0);
});

test('--cache: a date on which a Lambda runtime changes state is a new key; a date within the same state is not', () => {
  const dir = project();
  const program = configurePrograms(discover([join(dir, 'a')]).programs, { config: DEFAULT_CONFIG })[0];
  const cache = new ScanCache(join(dir, 'cache'), '1.0.0', { cwd: dir });
  // python3.9 is refused for new functions from 2026-06-01 (cfn-lint's schedule); nothing changes on 2026-06-03.
  assert.notEqual(cache.keyOf(program, '2026-05-31'), cache.keyOf(program, '2026-06-01'));
  assert.equal(cache.keyOf(program, '2026-06-02'), cache.keyOf(program, '2026-06-03'));
});

test('--cache: a corrupt, truncated, foreign or other-version cache file is ignored', async () => {
  const dir = project();
  const location = join(dir, '.preflight-cache');
  const plain = await scanWith(dir, undefined);
  const good = new ScanCache(location, '1.0.0', { cwd: dir });
  await scanWith(dir, good);
  good.save();
  const saved = readFileSync(location, 'utf8');

  assert.equal(new ScanCache(location, '1.0.1', { cwd: dir }).loaded, false, 'another version');
  const bad = [
    'not json at all',
    saved.slice(0, saved.length / 2),
    'null',
    '[]',
    JSON.stringify({ ...JSON.parse(saved), format: 999 }),
    // The right build, but an entry that is not one: it is dropped, the others are used.
    JSON.stringify({
      ...JSON.parse(saved),
      entries: Object.fromEntries(
        Object.entries(JSON.parse(saved).entries as Record<string, unknown>).map(([k, v], i) => [
          k,
          i === 0 ? { key: 'k', result: 'nonsense' } : v,
        ]),
      ),
    }),
  ];
  for (const text of bad) {
    writeFileSync(location, text);
    const cache = new ScanCache(location, '1.0.0', { cwd: dir });
    assert.equal(await scanWith(dir, cache), plain, text.slice(0, 40));
    assert.ok(cache.hits < 3, text.slice(0, 40));
  }
  // Results whose key no longer matches the files are not used, whatever they say.
  const tampered = JSON.parse(saved) as { entries: Record<string, { result: { findings: unknown[] } }> };
  for (const entry of Object.values(tampered.entries)) entry.result.findings = [];
  writeFileSync(location, JSON.stringify(tampered));
  writeFileSync(join(dir, 'a/main.tf'), KEY_WITHOUT_ROTATION + '\n');
  const cache = new ScanCache(location, '1.0.0', { cwd: dir });
  assert.match(
    await scanWith(dir, cache),
    /kms\/rotation-disabled.*"file":"a\/main.tf"|"file":"a\/main.tf".*kms\/rotation-disabled/,
  );
});

test('--cache on the command line: .preflight-cache by default, --cache-location elsewhere, same report', () => {
  const dir = project();
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'scan', '.', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
  const plain = run();
  const cold = run('--cache');
  assert.ok(existsSync(join(dir, '.preflight-cache')));
  const warm = run('--cache');
  assert.equal(cold.stdout, plain.stdout);
  assert.equal(warm.stdout, plain.stdout);
  assert.equal(warm.status, plain.status);
  run('--cache', '--cache-location', 'elsewhere.cache');
  assert.ok(existsSync(join(dir, 'elsewhere.cache')));
  // Without --cache, --cache-location does nothing (as in ESLint).
  run('--cache-location', 'unused.cache');
  assert.ok(!existsSync(join(dir, 'unused.cache')));
});

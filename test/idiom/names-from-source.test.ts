/**
 * Names in messages are the user's: a resource name that is not constant is
 * shown from its source, never in the evaluator's internal form
 * (`{or(...)}`, `{str(...)}`, a raw `config.require(...)` call).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scan } from '../../src/engine/scan.js';
import type { Finding } from '../../src/engine/finding.js';
import { RULES } from '../../src/rules/index.js';
import { scanProject } from '../helpers.js';
import { caseScanOptions, casesOf } from '../rule-cases.js';

const INTERNAL = /\(\.\.\.\)|\{or\(|config\.require\(|config\.get\(/;

/** The names a finding shows: its resource's name and every quoted name in its message. */
function shownNames(finding: Finding): string[] {
  return [finding.resource?.name ?? '', ...(finding.message.match(/"[^"\n]*"/g) ?? [])];
}

test('no rule case shows an internal form in a name', () => {
  const shown: string[] = [];
  for (const rule of RULES)
    for (const ruleCase of casesOf(rule.meta.id).filter((c) => c.expect === 'fail'))
      for (const finding of scan([ruleCase.path], caseScanOptions(rule)).findings)
        for (const name of shownNames(finding)) if (INTERNAL.test(name)) shown.push(`${ruleCase.name}: ${name}`);
  assert.deepEqual(shown, []);
});

test('Python names built from config reads, fallbacks and conversions are shown as written', () => {
  const result = scanProject({
    'Pulumi.yaml': 'name: t\nruntime: python\n',
    '__main__.py': [
      'import pulumi',
      'import pulumi_aws as aws',
      'config = pulumi.Config()',
      'environment_suffix = config.get("environment_suffix") or "dev"',
      'aws.s3.Bucket(f"payment-bucket-{environment_suffix}")',
      "aws.s3.Bucket(f\"{config.require('environment')}-{config.require('project')}-logs\")",
      'def make(name):',
      '    return aws.sqs.Queue(f"{name}-queue-{str(config.require_int(\'n\'))}")',
      'make(f"orders-{environment_suffix}")',
      '',
    ].join('\n'),
  });
  const names = [...new Set(result.findings.map((f) => f.resource?.name).filter((n): n is string => !!n))].sort();
  assert.ok(names.includes('payment-bucket-{environment_suffix}'), names.join(', '));
  assert.ok(names.includes('{environment}-{project}-logs'), names.join(', '));
  for (const finding of result.findings)
    for (const name of shownNames(finding))
      assert.doesNotMatch(name, INTERNAL, `${finding.ruleId}: ${finding.message}`);
});

test('TypeScript names built from config reads are shown by what they read', () => {
  const result = scanProject({
    'Pulumi.yaml': 'name: t\nruntime: nodejs\n',
    'index.ts': [
      "import * as pulumi from '@pulumi/pulumi';",
      "import * as aws from '@pulumi/aws';",
      'const config = new pulumi.Config();',
      "const suffix = config.get('environmentSuffix') || 'dev';",
      'new aws.s3.Bucket(`payment-bucket-${suffix}`);',
      "new aws.s3.Bucket(`${config.require('environment')}-logs`);",
      '',
    ].join('\n'),
  });
  const names = [...new Set(result.findings.map((f) => f.resource?.name).filter((n): n is string => !!n))].sort();
  assert.ok(names.includes('payment-bucket-${suffix}'), names.join(', '));
  assert.ok(names.includes('${environment}-logs'), names.join(', '));
});

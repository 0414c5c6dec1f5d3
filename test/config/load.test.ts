import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../../src/config/config.js';
import { parseConfig, ruleOptions } from '../../src/config/load.js';
import { defaultConfigText } from '../../src/config/template.js';
import { RULES } from '../../src/rules/index.js';

const rule = (id: string) => RULES.find((r) => r.meta.id === id)!;

test('reads profile, severities, off, options and globs', () => {
  const config = parseConfig(
    [
      'profile: ephemeral',
      'rules:',
      '  tags/hardcoded-environment: off',
      '  iam/wildcard-resource: critical',
      '  iam/inline-policy: {forbid: true}',
      '  lambda/reserved-concurrency-exceeds-headroom:',
      '    severity: high',
      '    accountLimit: 3000',
      'include: infra/**',
      'exclude:',
      "  - 'legacy/**'",
      '',
    ].join('\n'),
    '/project/.preflight.yaml',
  );
  assert.equal(config.profile, 'ephemeral');
  assert.deepEqual(config.rules['tags/hardcoded-environment'], { severity: 'off', options: {} });
  assert.deepEqual(config.rules['iam/wildcard-resource'], { severity: 'critical', options: {} });
  assert.deepEqual(config.rules['iam/inline-policy'], { options: { forbid: true } });
  assert.deepEqual(config.include, ['infra/**']);
  assert.deepEqual(config.exclude, ['legacy/**']);
  assert.deepEqual(ruleOptions(rule('lambda/reserved-concurrency-exceeds-headroom'), config), {
    accountLimit: 3000,
    maxPerFunction: 50,
  });
});

test('JSON is read too (YAML is a superset of JSON)', () => {
  const config = parseConfig('{"rules": {"iam/inline-policy": {"forbid": true}}}', 'preflight.json');
  assert.equal(config.rules['iam/inline-policy'].options.forbid, true);
});

test('an empty file is the defaults', () => {
  assert.deepEqual(parseConfig('# nothing yet\n', 'c.yaml'), { file: 'c.yaml', rules: {}, include: [], exclude: [] });
});

test('the file preflight init writes parses to the defaults', () => {
  const config = parseConfig(defaultConfigText(), 'init.yaml');
  assert.deepEqual(config, { file: 'init.yaml', rules: {}, include: [], exclude: [] });
});

test('every mistake names the file, the line and the key', () => {
  const cases: [string, RegExp][] = [
    ['profile: staging\n', /^c\.yaml:1: profile: must be one of ephemeral, production$/],
    ['rules:\n  kms/rotation-disabled: loud\n', /^c\.yaml:2: rules\.kms\/rotation-disabled: must be off, critical/],
    [
      'rules:\n  kms/rotaton-disabled: off\n',
      /^c\.yaml:2: rules\.kms\/rotaton-disabled: unknown rule; did you mean kms\/rotation-disabled\?$/,
    ],
    [
      'rules:\n  iam/inline-policy:\n    forbidden: true\n',
      /^c\.yaml:3: rules\.iam\/inline-policy\.forbidden: unknown option; iam\/inline-policy takes severity, forbid$/,
    ],
    [
      'rules:\n  kms/rotation-disabled: {limit: 3}\n',
      /^c\.yaml:2: rules\.kms\/rotation-disabled\.limit: unknown option; kms\/rotation-disabled takes only severity$/,
    ],
    [
      'rules:\n  lambda/reserved-concurrency-exceeds-headroom: {accountLimit: -5}\n',
      /^c\.yaml:2: .*accountLimit: must be at least 0$/,
    ],
    ['\n\nexclude:\n  - 3\n', /^c\.yaml:4: exclude\[0\]: expected a glob/],
    [
      'profle: ephemeral\n',
      /^c\.yaml:1: profle: unknown setting; expected one of profile, requirements, rules, include, exclude$/,
    ],
    ['rules: [a, b]\n', /^c\.yaml:1: rules: expected a mapping of rule ids to settings$/],
    ['- a\n- b\n', /^c\.yaml:1: expected a mapping of settings/],
    [
      'rules:\n  kms/rotation-disabled: low\n  kms/rotation-disabled: off\n',
      /^c\.yaml:3: rules\.kms\/rotation-disabled: given twice$/,
    ],
    ['profile: production\nprofile: ephemeral\n', /^c\.yaml:2: profile: given twice$/],
    ['profile: "ephemeral\n', /^c\.yaml:1: not valid YAML/],
  ];
  for (const [text, expected] of cases)
    assert.throws(
      () => parseConfig(text, 'c.yaml'),
      (error: unknown) => error instanceof ConfigError && expected.test(error.message),
      `${JSON.stringify(text)} should fail with ${expected}`,
    );
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LazyJsonObject } from '../../src/schema/lazy-json.js';

test('a lazily read object gives the members JSON.parse gives, whatever their values hold', () => {
  const value = {
    plain: { a: 1, b: [true, false, null], c: -1.5e3 },
    'esc"aped\\key': 'a "quoted" \\ string with } and ] inside',
    nested: { deep: [{ x: '{' }, [], {}], empty: '' },
    last: 0,
  };
  for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
    const lazy = new LazyJsonObject<unknown>(text);
    assert.deepEqual(lazy.keys(), Object.keys(value));
    for (const key of Object.keys(value)) assert.deepEqual(lazy.get(key), value[key as keyof typeof value]);
    assert.deepEqual(lazy.object('nested').get('deep'), value.nested.deep);
    assert.equal(lazy.get('missing'), undefined);
    assert.equal(lazy.has('toString'), false);
  }
  assert.deepEqual(new LazyJsonObject(' { } ').keys(), []);
  // As JSON.parse does, the last of a repeated key wins.
  assert.equal(new LazyJsonObject('{"a": 1, "a": 2}').get('a'), 2);
  assert.throws(() => new LazyJsonObject('{"a": 1'), SyntaxError);
});

test('the provider schema read lazily equals the whole file parsed', () => {
  const text = readFileSync(new URL('../../../src/schema/data/aws-provider.json', import.meta.url), 'utf8');
  const whole = JSON.parse(text) as { resources: Record<string, unknown> };
  const resources = new LazyJsonObject<unknown>(text).object('resources');
  assert.deepEqual(resources.keys(), Object.keys(whole.resources));
  for (const type of ['aws_s3_bucket', 'aws_lambda_function', 'aws_wafv2_web_acl'])
    assert.deepEqual(resources.get(type), whole.resources[type]);
});

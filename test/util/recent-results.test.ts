import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RecentResults } from '../../src/util/recent-results.js';

test('a key asked again is not computed again; past the bound the oldest is dropped', () => {
  const computed: string[] = [];
  const recent = new RecentResults<string, number>(2);
  const lengthOf = (key: string) => {
    computed.push(key);
    return key.length;
  };
  assert.equal(recent.of('a', lengthOf), 1);
  assert.equal(recent.of('bb', lengthOf), 2);
  assert.equal(recent.of('a', lengthOf), 1);
  assert.deepEqual(computed, ['a', 'bb']);
  recent.of('ccc', lengthOf);
  recent.of('a', lengthOf);
  assert.deepEqual(computed, ['a', 'bb', 'ccc', 'a']);
});

test('an undefined result is kept like any other', () => {
  let calls = 0;
  const recent = new RecentResults<string, undefined>(4);
  recent.of('x', () => void calls++);
  recent.of('x', () => void calls++);
  assert.equal(calls, 1);
});

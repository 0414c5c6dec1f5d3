import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newestMajor, parseConstraints } from '../../src/util/version-constraint.js';

/** The newest major the constraints admit together, or undefined. */
function major(...constraints: string[]): number | undefined {
  const range = parseConstraints(constraints);
  return range && newestMajor(range);
}

test('~> lets only the rightmost given number grow', () => {
  assert.equal(major('~> 5.0'), 5);
  assert.equal(major('~> 4.67'), 4);
  assert.equal(major('~>5.0'), 5);
  // One number: like two (minor and patch grow), as Terraform's version library reads it.
  assert.equal(major('~> 5'), 5);
  // Three numbers: only the patch grows.
  assert.equal(major('~> 5.0.1'), 5);
  assert.equal(major('~> 5.99.0'), 5);
});

test('comparisons and comma lists are intersected', () => {
  assert.equal(major('>= 4.0, < 6.0'), 5);
  assert.equal(major('>= 4.0,< 5.0'), 4);
  assert.equal(major('< 6'), 5);
  assert.equal(major('<= 5.100'), 5);
  assert.equal(major('< 5.50.0'), 5);
  assert.equal(major('<= 6.0.0'), 6);
  assert.equal(major('>= 5.0', '< 6.0'), 5, 'two declarations of the provider');
  assert.equal(major('~> 5.0', '>= 5.30'), 5);
});

test('an exact version, with or without =', () => {
  assert.equal(major('5.31.0'), 5);
  assert.equal(major('= 4.67.0'), 4);
  assert.equal(major('= 6.0.0-beta1'), 6, 'a prerelease named exactly');
  assert.equal(major('5.31.0', '!= 5.31.0'), undefined, 'excluded: nothing is left');
  assert.equal(major('~> 5.0, != 5.31.0'), 5);
});

test('a prerelease upper bound admits the releases below it', () => {
  assert.equal(major('< 6.0.0-beta1'), 5);
  assert.equal(major('<= 6.0.0-beta1'), 5);
});

test('no upper bound, nothing admitted or an unreadable constraint: no answer', () => {
  assert.equal(major('>= 5.0'), undefined);
  assert.equal(major('> 4.0'), undefined);
  assert.equal(major('>= 6.0, < 6.0'), undefined);
  assert.equal(major('~> 5.0', '>= 6.0'), undefined);
  assert.equal(major('< 0.1.0', '> 0.1'), undefined);
  assert.equal(major('v5.0'), undefined);
  assert.equal(major('=> 5.0'), undefined);
  assert.equal(major('~> 5.0.0.1'), undefined);
  assert.equal(major('^5.0'), undefined);
  assert.equal(major(''), undefined, 'an empty constraint admits every version');
});

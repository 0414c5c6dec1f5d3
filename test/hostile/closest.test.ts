/**
 * "Did you mean" (issue 13, item 3): bounded, with the same answers as the
 * unbounded search it replaced.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { boundedLevenshtein, closestName, levenshtein } from '../../src/util/closest.js';

test('boundedLevenshtein is the edit distance, capped at max + 1', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(14), (a, b, max) => {
      assert.equal(boundedLevenshtein(a, b, max), Math.min(levenshtein(a, b), max + 1));
    }),
    { numRuns: 2000 },
  );
});

test('1,000 misspelled names against 1,000 candidates finish in seconds (minutes before)', () => {
  const candidates = Array.from({ length: 1000 }, (_, i) => `bucket_number_${i}`);
  const started = Date.now();
  for (let i = 0; i < 1000; i++) assert.ok(closestName(`bucket_numbr_${i}`, candidates));
  assert.equal(closestName('bucket_numbr_7', candidates), 'bucket_number_7');
  assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
  assert.equal(closestName('y'.repeat(300_000), candidates), undefined);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapOnWorkers } from '../../src/engine/worker-pool.js';

const SQUARE = new URL('./fixtures/square-worker.js', import.meta.url);

test('mapOnWorkers answers every item once, in item order, however many each thread holds', async () => {
  const items = Array.from({ length: 41 }, (_, i) => i);
  const seen: number[] = [];
  const results = await mapOnWorkers<number, number>(SQUARE, undefined, items, 2, (index, result) => {
    assert.equal(result, index * index);
    seen.push(index);
  });
  assert.deepEqual(
    results,
    items.map((i) => i * i),
  );
  assert.deepEqual(
    [...seen].sort((a, b) => a - b),
    items,
  );
});

test('mapOnWorkers finishes when there are fewer items than threads', async () => {
  assert.deepEqual(await mapOnWorkers<number, number>(SQUARE, undefined, [], 2), []);
  assert.deepEqual(await mapOnWorkers<number, number>(SQUARE, undefined, [3], 3), [9]);
});

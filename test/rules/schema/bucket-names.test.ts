import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketNameFault } from '../../../src/rules/schema/bucket-names.js';

test('a whole name is judged by its characters, its ends and its dots; a part by its characters only', () => {
  assert.equal(bucketNameFault('orders-2024.logs', true), undefined);
  assert.match(bucketNameFault('Orders', true) ?? '', /uppercase/);
  assert.match(bucketNameFault('orders_logs', true) ?? '', /not "_"/);
  assert.match(bucketNameFault('data-{workspace}', true) ?? '', /not "\{"/);
  assert.match(bucketNameFault('-orders', true) ?? '', /begin and end/);
  assert.match(bucketNameFault('orders..logs', true) ?? '', /adjacent dots/);
  // A part may begin or end with a hyphen: the parts around it supply the ends.
  assert.equal(bucketNameFault('-logs-', false), undefined);
});

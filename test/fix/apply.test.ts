import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits, lineEnding, mergeFixes, withLineEnding } from '../../src/fix/apply.js';

const fix = (edits: { start: number; end: number; text: string }[]) => ({
  fix: { description: 'd', edits: edits.map((e) => ({ file: 'f', ...e })) },
});

test('merging takes fixes in order and defers one that overlaps an edit already taken', () => {
  const text = 'name = "a"';
  const first = fix([{ start: 7, end: 10, text: '"b"' }]);
  const overlapping = fix([{ start: 8, end: 9, text: 'c' }]);
  const apart = fix([{ start: 0, end: 4, text: 'title' }]);
  const merged = mergeFixes([first, overlapping, apart], text.length);
  assert.deepEqual(merged.taken, [first, apart]);
  assert.deepEqual(merged.deferred, [overlapping]);
  assert.equal(applyEdits(text, merged.edits), 'title = "b"');
});

test('two insertions at one point overlap (their order would be a guess); edits past the end are dropped', () => {
  const a = fix([{ start: 3, end: 3, text: 'x' }]);
  const b = fix([{ start: 3, end: 3, text: 'y' }]);
  const outside = fix([{ start: 2, end: 40, text: '' }]);
  const merged = mergeFixes([a, b, outside], 10);
  assert.deepEqual(merged.taken, [a]);
  assert.deepEqual(merged.deferred, [b]);
});

test('line endings: CRLF files get CRLF in inserted text', () => {
  assert.equal(lineEnding('a\r\nb\r\n'), '\r\n');
  assert.equal(lineEnding('a\nb\n'), '\n');
  assert.equal(lineEnding('no break'), '\n');
  const [edit] = withLineEnding([{ file: 'f', start: 0, end: 0, text: '\n  x = 1\n' }], '\r\n');
  assert.equal(edit.text, '\r\n  x = 1\r\n');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeEscapes } from '../../../src/readers/pulumi-py/strings.js';

test('decodeEscapes: escapes are decoded, raw strings keep them, f-strings undouble braces', () => {
  assert.equal(decodeEscapes('a\\nb\\x41', false, false), 'a\nbA');
  assert.equal(decodeEscapes('a\\nb', true, false), 'a\\nb');
  assert.equal(decodeEscapes('{{x}} \\t', false, true), '{x} \t');
  assert.equal(decodeEscapes('{{x}}', true, true), '{x}');
  // Braces are literal outside f-strings.
  assert.equal(decodeEscapes('{{x}}', false, false), '{{x}}');
});

test('decodeEscapes: content with nothing to decode is the same text', () => {
  const text = 'def handler(event, context):\n    return {"statusCode": 200}\n';
  assert.equal(decodeEscapes(text, false, false), text);
  assert.equal(decodeEscapes(text, false, true), text);
});

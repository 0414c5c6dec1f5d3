import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Node } from 'yaml';
import { parseJsonAsYaml } from '../../src/util/parse-json-as-yaml.js';
import { isMap, isScalar, isSeq, parseYaml } from '../../src/util/parse-yaml.js';

/** Every node of a document with its kind, value and range, in document order. */
function nodesOf(node: unknown, out: unknown[] = []): unknown[] {
  if (isMap(node)) {
    out.push(['map', (node as Node).range?.slice(0, 2)]);
    for (const pair of node.items) {
      nodesOf(pair.key, out);
      nodesOf(pair.value, out);
    }
  } else if (isSeq(node)) {
    out.push(['seq', (node as Node).range?.slice(0, 2)]);
    for (const item of node.items) nodesOf(item, out);
  } else if (isScalar(node)) out.push(['scalar', node.value, node.type, node.range?.slice(0, 2)]);
  else out.push(['other', node]);
  return out;
}

const OPTIONS = { prettyErrors: false, strict: false, uniqueKeys: true, stringKeys: false } as const;

test('a JSON text reads as the YAML parser reads it: the same nodes, values, scalar styles and ranges', () => {
  const texts = [
    '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {}}}}',
    '{\n  "a": [1, -2, 1.5, 1.0, 1e3, -0, 12345678901234567890],\n  "b": [true, false, null],\n  "c": "tab\\t quote\\" slash\\/ é \\u00e9 \\ud83d\\ude00"\n}\n',
    '  [ {"x": {"y": []}}, [], {} ]  ',
  ];
  for (const text of texts) {
    const fast = parseJsonAsYaml(text);
    assert.ok(fast, text);
    const parsed = parseYaml(text, OPTIONS);
    assert.deepEqual(parsed.errors, []);
    assert.deepEqual(nodesOf(fast.contents), nodesOf(parsed.contents), text);
    assert.deepEqual(fast.toJS(), parsed.toJS());
  }
});

test('what is not plain JSON with unique keys is left to the YAML parser', () => {
  for (const text of [
    '{"a": 1, "a": 2}',
    '{"a": 1,}',
    '{"a": 1} // note',
    '{"a": 1',
    'Resources: {}',
    '',
    '"just a string"',
  ])
    assert.equal(parseJsonAsYaml(text), undefined, text);
});

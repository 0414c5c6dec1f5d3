import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../../src/model/source.js';
import { readCloudFormationProgram } from '../../../src/readers/cloudformation/read-template.js';

test('a collection used as a key is read from its source text, in linear time (nested keys once cost 2^depth)', () => {
  const depth = 40;
  const path = '/t/template.json';
  const text = `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": ${'{'.repeat(depth)}${'}'.repeat(depth)}}}}`;
  const started = performance.now();
  const program = readCloudFormationProgram({
    framework: 'cloudformation',
    root: path,
    files: [new SourceFile(path, text)],
    readFile: () => undefined,
  });
  assert.ok(performance.now() - started < 2_000);
  assert.equal(program.resources.length, 1);
});

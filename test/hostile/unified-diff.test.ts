/**
 * `fix --dry-run` prints a unified diff (issue 13, item 4): the `diff`
 * package's Myers diff took 6.6 minutes on a 5,000-block Markdown answer.
 * The patience-anchored diff must be right (the `diff` package applies it)
 * and fast on that shape.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPatch } from 'diff';
import { unifiedPatch } from '../../src/util/unified-diff.js';

test('the unified diff applies back to the new text, line endings and missing final newlines included', () => {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let t = 0; t < 2000; t++) {
    const a = Array.from({ length: Math.floor(random() * 15) }, () => `l${Math.floor(random() * 6)}`);
    const b = a
      .filter(() => random() > 0.2)
      .flatMap((line) => (random() > 0.8 ? [line, `n${Math.floor(random() * 4)}`] : [line]));
    const before = a.join('\n') + (a.length && random() > 0.3 ? '\n' : '');
    const after = b.join('\n') + (b.length && random() > 0.3 ? '\n' : '');
    assert.equal(
      applyPatch(before, unifiedPatch('a/x', 'b/x', before, after)),
      after,
      JSON.stringify({ before, after }),
    );
  }
  assert.equal(unifiedPatch('a/x', 'b/x', 'same\n', 'same\n'), '--- a/x\n+++ b/x\n');
  assert.equal(
    unifiedPatch('a/x', 'b/x', 'a\nb\nc\n', 'a\nB\nc\n'),
    '--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n',
  );
});

test('a 5,000-block answer with an edit in every block diffs in well under a second of CPU', () => {
  const blocks = (fixed: boolean) =>
    Array.from(
      { length: 5000 },
      (_, i) =>
        `Key ${i}:\n\n\`\`\`hcl\nresource "aws_kms_key" "k${i}" {${fixed ? '\n  enable_key_rotation = true\n' : ''}}\n\`\`\`\n\n`,
    ).join('');
  const before = blocks(false);
  const after = blocks(true);
  const started = process.cpuUsage();
  const patch = unifiedPatch('a/answer.md', 'b/answer.md', before, after);
  const cpu = process.cpuUsage(started);
  const ms = (cpu.user + cpu.system) / 1000;
  assert.ok(ms < 2_000, `${ms} ms of CPU`);
  assert.equal(applyPatch(before, patch), after);
});

/**
 * An answer whose code is only in languages preflight does not read gets one
 * low notice, not silence; an answer with code preflight reads gets none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanProject } from '../helpers.js';

const RULE = 'preflight/unsupported-language';

test('a Java and Go answer gets one low notice at its first block', () => {
  const result = scanProject({
    'MODEL_RESPONSE.md':
      '# Stack\n\n```java\nclass Stack {}\n```\n\n```go\npackage main\n```\n\n```bash\nmvn package\n```\n',
  });
  const notices = result.findings.filter((f) => f.ruleId === RULE);
  assert.equal(notices.length, 1);
  assert.equal(notices[0].severity, 'low');
  assert.equal(notices[0].line, 3);
  assert.match(notices[0].message, /Java, Go \(2 blocks\).*none of it was reviewed/);
});

test('an answer with a block preflight reads gets no notice, even beside Java', () => {
  const result = scanProject({
    'MODEL_RESPONSE.md': '```java\nclass Handler {}\n```\n\n```hcl\nresource "aws_s3_bucket" "b" {}\n```\n',
  });
  assert.deepEqual(
    result.findings.filter((f) => f.ruleId === RULE),
    [],
  );
});

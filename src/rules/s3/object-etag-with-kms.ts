/**
 * s3/object-etag-with-kms: an S3 object that tracks its content with `etag`
 * while it is encrypted with KMS.
 */
import { sourceText } from '../../fix/edits.js';
import { source } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import { arg, stringValue } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

const OBJECT_TYPES = new Set(['aws_s3_object', 'aws_s3_bucket_object']);

export default defineRule({
  meta: {
    id: 's3/object-etag-with-kms',
    title: 'Object etag with KMS encryption',
    severity: 'medium',
    frameworks: 'all',
    description:
      'An S3 object that sets `etag` (to redeploy on content changes) and is encrypted with KMS (`kms_key_id`, or `server_side_encryption` aws:kms).',
    rationale:
      'The ETag S3 returns for a KMS-encrypted object is not the MD5 of its content, so the provider documents `etag` as incompatible with KMS encryption: every plan shows the object as changed and re-uploads it. `source_hash` tracks the content instead.',
    docs: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_object#etag',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const object of program.resources) {
      if (!OBJECT_TYPES.has(object.type)) continue;
      const etag = arg(object, 'etag');
      if (!etag) continue;
      const encryption = stringValue(arg(object, 'server_side_encryption'));
      const kms = arg(object, 'kms_key_id') !== undefined || (encryption?.startsWith('aws:kms') ?? false);
      if (!kms) continue;
      const written = sourceText(program, etag.span);
      const idiom = idiomOf(object.framework);
      context.report({
        message:
          `${describeResource(object)} sets ${argumentName(object, 'etag')} while it is encrypted with KMS: S3's ETag of a KMS-encrypted object is not the MD5 of its content, ` +
          `so every plan shows a change. Use ${argumentName(object, 'source_hash')} instead.`,
        span: etag.span,
        resource: object,
        suggestion:
          idiom && written
            ? {
                before: idiom.argument('etag', source(written), object.type),
                after: idiom.argument('source_hash', source(written), object.type),
              }
            : undefined,
      });
    }
  },
});

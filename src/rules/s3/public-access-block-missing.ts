import { fixOf } from '../../fix/edits.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 's3/public-access-block-missing',
    title: 'S3 bucket without public access block',
    severity: 'low',
    frameworks: 'all',
    description: 'An S3 bucket has no public access block resource (and the program sets no account-level block).',
    rationale:
      'Without a public access block, one permissive ACL or bucket policy makes the bucket public; the block is the guard rail AWS recommends on every bucket.',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    fixable: 'auto',
  },
  check(program, context) {
    if (resourcesOfType(program, 'aws_s3_account_public_access_block').length) return;
    const blocked = new Set<Resource>();
    for (const block of resourcesOfType(program, 'aws_s3_bucket_public_access_block')) {
      const bucket = referencedResource(program, arg(block, 'bucket'));
      if (bucket) blocked.add(bucket);
      // A bucket given by a computed expression may be any bucket: do not guess.
      else return;
    }
    for (const bucket of resourcesOfType(program, 'aws_s3_bucket')) {
      if (blocked.has(bucket)) continue;
      const after = publicAccessBlockSource(bucket);
      context.report({
        message: `${describeResource(bucket)} has no public access block; add one that blocks public ACLs and policies.`,
        span: bucket.headerSpan,
        resource: bucket,
        fix:
          bucket.framework === 'terraform' && !bucket.options.count && !bucket.options.forEach
            ? fixOf(`Add a public access block for ${bucket.name}`, [
                { file: bucket.span.file, start: bucket.span.end, end: bucket.span.end, text: `\n\n${after}` },
              ])
            : undefined,
        suggestion: { before: `(no public access block for ${bucket.name})`, after },
      });
    }
  },
});

function publicAccessBlockSource(bucket: Resource): string {
  if (bucket.framework === 'terraform')
    return [
      `resource "aws_s3_bucket_public_access_block" "${bucket.name}" {`,
      `  bucket = aws_s3_bucket.${bucket.name}.id`,
      '',
      '  block_public_acls       = true',
      '  block_public_policy     = true',
      '  ignore_public_acls      = true',
      '  restrict_public_buckets = true',
      '}',
    ].join('\n');
  const ref = bucket.variable ?? 'bucket';
  if (bucket.framework === 'pulumi-py')
    return `aws.s3.BucketPublicAccessBlock("${bucket.name}-pab", bucket=${ref}.id, block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True)`;
  return `new aws.s3.BucketPublicAccessBlock('${bucket.name}-pab', { bucket: ${ref}.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });`;
}

import { fixOf, isPlainName, linePrefix, optionsSource } from '../../fix/edits.js';
import { referencedResource, resourcesOfType } from '../../model/query.js';
import type { Program, Resource } from '../../model/types.js';
import type { Fix, RuleContext } from '../rule.js';
import { camelCase } from '../../model/names.js';
import { arg, asObject, boolValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';
import { insertProperty } from '../../fix/cloudformation.js';
import { isMacroExpanded } from '../../model/cloudformation-query.js';
import { args, literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

export default defineRule({
  meta: {
    id: 's3/public-access-block-missing',
    title: 'S3 bucket without public access block',
    severity: 'low',
    requirementDriven: { topics: ['forbidden:public-bucket'], severity: 'medium' },
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation'],
    description:
      "An S3 bucket has no public access block resource (and the program sets no account-level block). A block (or a template's PublicAccessBlockConfiguration) that turns its settings off is reported whatever the request says. Buckets that host a static website through S3's website endpoint are public by design and left alone.",
    rationale:
      'S3 has turned Block Public Access on for new buckets since April 2023, so a bucket without a block is not public. Hygiene: only a block declared in the program keeps that guard rail reviewed and restores it on the next deploy if someone turns it off; it is the setting AWS recommends on every bucket.',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    fixable: 'auto',
  },
  check(program, context) {
    if (program.framework === 'cloudformation') return checkTemplate(program, context);
    // A block that turns its settings off undoes the S3 default: reported whatever the request says.
    const reportedAt = new Set<string>();
    for (const block of resourcesOfType(program, 'aws_s3_bucket_public_access_block')) {
      const bucket = referencedResource(program, arg(block, 'bucket'));
      if (!bucket || !hostsWebsite(program, bucket)) reportDisabled(block, SETTINGS, context, reportedAt);
    }
    if (resourcesOfType(program, 'aws_s3_account_public_access_block').length) return;
    const blocked = new Set<Resource>();
    for (const block of resourcesOfType(program, 'aws_s3_bucket_public_access_block')) {
      const bucket = referencedResource(program, arg(block, 'bucket'));
      if (bucket) blocked.add(bucket);
      // A bucket given by a computed expression may be any bucket: do not guess.
      else return;
    }
    for (const bucket of resourcesOfType(program, 'aws_s3_bucket')) {
      if (blocked.has(bucket) || hostsWebsite(program, bucket)) continue;
      const after = publicAccessBlockSource(bucket);
      context.report({
        message: `${describeResource(bucket)} has no public access block in the program: S3's default block applies, but nothing here keeps it on. Declare one that blocks public ACLs and policies.`,
        span: bucket.headerSpan,
        resource: bucket,
        fix: publicAccessBlockFix(program, bucket, after),
        suggestion: { before: `(no public access block for ${bucket.name})`, after },
      });
    }
  },
});

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];
const CFN_SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

/**
 * A public access block that sets some of its settings to `false` explicitly: S3's default
 * (every setting on, since April 2023) is turned off, so one ACL or policy makes the bucket public.
 */
function reportDisabled(
  resource: Resource,
  settings: string[],
  context: RuleContext,
  reportedAt: Set<string>,
  prefix = '',
): void {
  const off = settings.filter((name) => boolValue(arg(resource, `${prefix}${name}`)) === false);
  if (!off.length) return;
  const at = arg(resource, `${prefix}${off[0]}`)!;
  // A block written once in a loop is read once per iteration: one finding per written value.
  const key = `${at.span.file}:${at.span.start}`;
  if (reportedAt.has(key)) return;
  reportedAt.add(key);
  context.report({
    message: `${describeResource(resource)} turns off ${off.join(', ')}: the S3 default that blocks public access is undone, so an ACL or bucket policy can make the bucket public. Leave them true unless the bucket must be public (then serve it through CloudFront with origin access control).`,
    span: at.span,
    resource,
  });
}

/**
 * A bucket that serves a static website through S3's website endpoint must be
 * public: a block turned off (or left out) for it is the design, not an oversight.
 */
function hostsWebsite(program: Program, bucket: Resource): boolean {
  if (arg(bucket, 'website')) return true;
  return resourcesOfType(program, 'aws_s3_bucket_website_configuration').some(
    (website) => referencedResource(program, arg(website, 'bucket')) === bucket,
  );
}

/** In a template the block is a property of the bucket itself. */
function checkTemplate(program: Program, context: RuleContext): void {
  // A macro (`Fn::Transform`, a custom transform) may add the block: absence is not certain.
  if (program.template && isMacroExpanded(program.template)) return;
  const idiom = idiomOf('cloudformation', program)!;
  const blocked = literal(true);
  const block = idiom.argument(
    'PublicAccessBlockConfiguration',
    args(
      ['BlockPublicAcls', blocked],
      ['BlockPublicPolicy', blocked],
      ['IgnorePublicAcls', blocked],
      ['RestrictPublicBuckets', blocked],
    ),
    'AWS::S3::Bucket',
  );
  for (const bucket of resourcesOfType(program, 'AWS::S3::Bucket')) {
    const configured = asObject(arg(bucket, 'PublicAccessBlockConfiguration'));
    if (arg(bucket, 'WebsiteConfiguration')) continue;
    if (configured) reportDisabled(bucket, CFN_SETTINGS, context, new Set(), 'PublicAccessBlockConfiguration.');
    if (arg(bucket, 'PublicAccessBlockConfiguration')) continue;
    const json = program.template?.syntax === 'json';
    context.report({
      message: `${describeResource(bucket)} has no PublicAccessBlockConfiguration: S3's default block applies, but nothing in the template keeps it on. Add one that blocks public ACLs and policies.`,
      span: bucket.headerSpan,
      resource: bucket,
      fix: json ? undefined : insertProperty(bucket, `Add a public access block to ${bucket.name}`, block),
      suggestion: {
        before: idiom.comment(`no PublicAccessBlockConfiguration in ${bucket.name}`),
        after: block,
      },
    });
  }
}

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

/**
 * The block is declared right after the bucket: a Terraform resource, or a
 * Pulumi statement after the bucket's statement that uses its variable.
 */
function publicAccessBlockFix(program: Program, bucket: Resource, terraformSource: string): Fix | undefined {
  const description = `Add a public access block for ${bucket.name}`;
  const at = { file: bucket.span.file, start: bucket.span.end, end: bucket.span.end };
  if (bucket.framework === 'terraform')
    return bucket.options.count || bucket.options.forEach
      ? undefined
      : fixOf(description, [{ ...at, text: `\n\n${terraformSource}` }]);
  const prefix = linePrefix(program, bucket.span);
  const module = bucket.sourceType.replace(/\.s3\.BucketV?2?$/, '');
  if (!bucket.variable || !prefix || module === bucket.sourceType) return undefined;
  const indent = /^\s*/.exec(prefix.text)![0];
  const flags = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];
  const options = optionsSource(program, bucket);
  if (!isPlainName(bucket.name) || (bucket.options.span && options === undefined)) return undefined;
  if (bucket.framework === 'pulumi-ts') {
    const lines = [`bucket: ${bucket.variable}.id,`, ...flags.map((f) => `${camelCase(f)}: true,`)];
    return fixOf(description, [
      {
        ...at,
        text:
          `\n\n${indent}new ${module}.s3.BucketPublicAccessBlock('${bucket.name}-public-access', {\n` +
          lines.map((line) => `${indent}  ${line}\n`).join('') +
          `${indent}}${options ? `, ${options}` : ''});`,
      },
    ]);
  }
  const lines = [
    `"${bucket.name}-public-access",`,
    `bucket=${bucket.variable}.id,`,
    ...flags.map((f) => `${f}=True,`),
    ...(options ? [`opts=${options},`] : []),
  ];
  return fixOf(description, [
    {
      ...at,
      text:
        `\n\n${indent}${module}.s3.BucketPublicAccessBlock(\n` +
        lines.map((line) => `${indent}    ${line}\n`).join('') +
        `${indent})`,
    },
  ]);
}

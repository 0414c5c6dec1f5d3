/**
 * s3/replication-without-versioning: S3 replication whose source or
 * destination bucket has no versioning, or a Terraform replication
 * configuration created without waiting for the versioning it needs.
 */
import {
  dependsOn,
  isConditional,
  referencedResource,
  referencedResources,
  referencesResource,
  referrersOf,
  resourcesOfType,
} from '../../model/query.js';
import type { Program, Resource } from '../../model/types.js';
import { arg, boolValue, field, items, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 's3/replication-without-versioning',
    title: 'S3 replication without versioning on both buckets',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A replication configuration whose source bucket, or a destination bucket of the program, has no versioning enabled (critical; high when a condition decides whether replication is set). In Terraform, Pulumi and CDKTF, a replication configuration that neither references nor depends on a versioning resource of its buckets (medium): the two are created at once, and replication is refused when it comes first.',
    rationale:
      'PutBucketReplication requires versioning on both sides ("InvalidRequest: Destination bucket must have versioning enabled", "Versioning must be \'Enabled\' on the bucket to apply a replication configuration"), so the replication configuration, or the whole template, fails to create. The Terraform provider documents `depends_on` on the source versioning for this reason.',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-requirements.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const replication of resourcesOfType(program, 'aws_s3_bucket_replication_configuration'))
      checkConfiguration(program, context, replication);
    for (const bucket of resourcesOfType(program, 'AWS::S3::Bucket'))
      if (arg(bucket, 'ReplicationConfiguration')) checkTemplateBucket(program, context, bucket);
  },
});

/** What S3 answers when a side of the replication has no versioning. */
const REFUSAL = {
  source: "Versioning must be 'Enabled' on the bucket to apply a replication configuration",
  destination: 'Destination bucket must have versioning enabled',
};

/** Terraform vocabulary: `aws_s3_bucket_replication_configuration` with `bucket` and `rule[].destination.bucket`. */
function checkConfiguration(program: Program, context: RuleContext, replication: Resource): void {
  const source = referencedResource(program, arg(replication, 'bucket'));
  const destinations = items(arg(replication, 'rule')).flatMap((rule) =>
    referencedResources(program, field(field(rule, 'destination'), 'bucket')),
  );
  const buckets = [
    ...(source ? [{ bucket: source, role: 'source' as const }] : []),
    ...[...new Set(destinations)]
      .filter((b) => b !== source)
      .map((bucket) => ({ bucket, role: 'destination' as const })),
  ];
  for (const { bucket, role } of buckets) {
    // A bucket the program only reads (a data source) is versioned or not outside it.
    if (bucket.type !== 'aws_s3_bucket' || bucket.mode !== 'resource') continue;
    const versioning = versioningOf(program, bucket);
    if (versioning === 'none') {
      context.report({
        message: `${describeResource(replication)} replicates ${role === 'source' ? 'from' : 'into'} ${describeResource(bucket)}, which has no versioning enabled: S3 refuses the replication configuration ("${REFUSAL[role]}"). Enable versioning on the bucket (aws_s3_bucket_versioning with status Enabled).`,
        span: replication.headerSpan ?? replication.span,
        resource: replication,
      });
    } else if (versioning !== 'inline' && !versioning.some((v) => waitsFor(program, replication, v))) {
      context.report({
        message: `${describeResource(replication)} does not wait for ${describeResource(versioning[0])}, the versioning of its ${role} bucket: both are created at once, and S3 refuses the replication configuration while versioning is not yet on. Add it to depends_on.`,
        span: replication.headerSpan ?? replication.span,
        resource: replication,
        severity: 'medium',
      });
    }
  }
}

/**
 * A Terraform bucket's versioning: its enabled `aws_s3_bucket_versioning` resources, `inline` for the legacy
 * `versioning { enabled = true }` block, `none` when nothing enables it. Unknown statuses count as enabled.
 */
function versioningOf(program: Program, bucket: Resource): Resource[] | 'inline' | 'none' {
  // The legacy inline block, unless it says plainly that versioning is off (a condition may turn it on).
  const inline = arg(bucket, 'versioning');
  if (inline && boolValue(field(inline, 'enabled')) !== false) return 'inline';
  const resources = referrersOf(program, bucket).filter((r) => {
    if (r.type !== 'aws_s3_bucket_versioning' || referencedResource(program, arg(r, 'bucket')) !== bucket) return false;
    const status = stringValue(arg(r, 'versioning_configuration.status'))?.toLowerCase();
    return status !== 'suspended' && status !== 'disabled';
  });
  return resources.length ? resources : 'none';
}

function waitsFor(program: Program, from: Resource, to: Resource): boolean {
  return referencesResource(program, from, to) || dependsOn(program, from, to);
}

/** Templates: the bucket holding `ReplicationConfiguration`, and the destination buckets of the template it names. */
function checkTemplateBucket(program: Program, context: RuleContext, bucket: Resource): void {
  const configuration = arg(bucket, 'ReplicationConfiguration')!;
  // Under Fn::If, replication (and its failure) happens only when the condition holds.
  const conditional = configuration.kind === 'call' && configuration.name === 'Fn::If';
  const rules = conditional
    ? configuration.args.slice(1).flatMap((branch) => items(field(branch, 'Rules')))
    : items(field(configuration, 'Rules'));
  const destinations = rules.flatMap((rule) =>
    referencedResources(program, field(field(rule, 'Destination'), 'Bucket')),
  );
  for (const [target, role] of [
    [bucket, 'source'],
    ...[...new Set(destinations)].filter((d) => d !== bucket).map((d) => [d, 'destination'] as const),
  ] as const) {
    if (target.type !== 'AWS::S3::Bucket') continue;
    const versioning = arg(target, 'VersioningConfiguration');
    const status = versioning && stringValue(field(versioning, 'Status'));
    // Versioning the template sets in a way that cannot be read (a condition) is given the benefit of the doubt.
    if (versioning && status !== 'Suspended') continue;
    context.report({
      message: `${describeResource(bucket)} replicates ${role === 'source' ? 'its objects' : `into ${describeResource(target)}`}, ${role === 'source' ? 'but has' : 'which has'} no VersioningConfiguration with Status Enabled: S3 refuses the replication configuration ("${REFUSAL[role]}"), so the stack fails. Add VersioningConfiguration: Status: Enabled.`,
      span: configuration.span,
      resource: bucket,
      severity: conditional || isConditional(program, bucket) ? 'high' : 'critical',
    });
  }
}

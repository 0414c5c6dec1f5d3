/**
 * s3/replication-rule-schema: an S3 replication rule that mixes the two
 * versions of the replication configuration schema, or replicates KMS
 * encrypted objects without selecting them.
 */
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, field, items } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 's3/replication-rule-schema',
    title: 'S3 replication rule S3 refuses for its schema version',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A rule of an S3 replication configuration that has a filter (the current schema) but no delete marker replication setting, that has no filter (the earlier, prefix schema) but asks for Replication Time Control, or that names a KMS key for replicas without selecting SSE-KMS encrypted objects in its source selection criteria. High when the configuration is conditional.',
    rationale:
      'PutBucketReplication refuses the whole configuration: "DeleteMarkerReplication must be specified for this version of the Cross Region Replication configuration schema", "ReplicationTime cannot be used for this version of the replication configuration schema", "SseKmsEncryptedObjects must be specified if EncryptionConfiguration is present". Replication (in a template, the bucket and the stack) fails to deploy.',
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-add-config.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const configuration of resourcesOfType(program, 'aws_s3_bucket_replication_configuration'))
      for (const rule of items(arg(configuration, 'rule'))) checkRule(program, context, configuration, rule, TERRAFORM);
    for (const bucket of resourcesOfType(program, 'AWS::S3::Bucket'))
      for (const rule of items(arg(bucket, 'ReplicationConfiguration.Rules')))
        checkRule(program, context, bucket, rule, TEMPLATE);
  },
});

/** A rule's settings, by vocabulary. */
const TERRAFORM = {
  filter: 'filter',
  deleteMarkers: 'delete_marker_replication',
  destination: 'destination',
  replicationTime: 'replication_time',
  encryption: 'encryption_configuration',
  selection: 'source_selection_criteria',
  kmsObjects: 'sse_kms_encrypted_objects',
};
const TEMPLATE: typeof TERRAFORM = {
  filter: 'Filter',
  deleteMarkers: 'DeleteMarkerReplication',
  destination: 'Destination',
  replicationTime: 'ReplicationTime',
  encryption: 'EncryptionConfiguration',
  selection: 'SourceSelectionCriteria',
  kmsObjects: 'SseKmsEncryptedObjects',
};

function checkRule(
  program: Program,
  context: RuleContext,
  resource: Resource,
  rule: Value,
  names: typeof TERRAFORM,
): void {
  // A rule that is not written out (one of a list from an input) is not judged.
  if (rule.kind !== 'object') return;
  const name = (key: string) => (names === TERRAFORM ? argumentName(resource, key) : key);
  const severity = isConditional(program, resource) ? 'high' : 'critical';
  const destination = field(rule, names.destination);
  const filter = field(rule, names.filter);
  if (filter && !field(rule, names.deleteMarkers))
    context.report({
      message: `${describeResource(resource)} has a replication rule with ${name(names.filter)} but no ${name(names.deleteMarkers)}: S3 refuses the configuration ("DeleteMarkerReplication must be specified for this version of the Cross Region Replication configuration schema"). Add ${name(names.deleteMarkers)} with status Disabled (or Enabled to replicate deletions).`,
      span: filter.span,
      resource,
      severity,
    });
  const replicationTime = field(destination, names.replicationTime);
  if (!filter && replicationTime)
    context.report({
      message: `${describeResource(resource)} asks for Replication Time Control (${name(names.replicationTime)}) in a replication rule without ${name(names.filter)}, the earlier prefix schema: S3 refuses the configuration ("ReplicationTime cannot be used for this version of the replication configuration schema"). Give the rule a ${name(names.filter)} (an empty one replicates everything) and ${name(names.deleteMarkers)}.`,
      span: replicationTime.span,
      resource,
      severity,
    });
  const encryption = field(destination, names.encryption);
  if (encryption && !field(field(rule, names.selection), names.kmsObjects))
    context.report({
      message: `${describeResource(resource)} names a KMS key for replicas (${name(names.encryption)}) in a replication rule that does not select SSE-KMS encrypted objects: S3 refuses the configuration ("SseKmsEncryptedObjects must be specified if EncryptionConfiguration is present"). Add ${name(names.selection)} with ${name(names.kmsObjects)} enabled.`,
      span: encryption.span,
      resource,
      severity,
    });
}

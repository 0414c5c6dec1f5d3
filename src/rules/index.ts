/**
 * The rule registry: every rule preflight runs.
 */
import cloudwatchAlarmRateAsCount from './cloudwatch/alarm-rate-as-count.js';
import cloudwatchLogGroupMissing from './cloudwatch/log-group-missing.js';
import pulumiOutputInString from './pulumi/output-in-string.js';
import cloudwatchLogGroupKmsKeyPolicy from './cloudwatch/log-group-kms-key-policy.js';
import dynamodbGsiMissingProjection from './dynamodb/gsi-missing-projection.js';
import dynamodbInconsistentTableSettings from './dynamodb/inconsistent-table-settings.js';
import kmsRotationDisabled from './kms/rotation-disabled.js';
import lambdaPlaceholderCode from './lambda/placeholder-code.js';
import namingMissingEnvironmentSuffix from './naming/missing-environment-suffix.js';
import iamArnFromString from './iam/arn-from-string.js';
import iamBroadManagedPolicy from './iam/broad-managed-policy.js';
import lambdaCodePathRelativeToCwd from './lambda/code-path-relative-to-cwd.js';
import lambdaSelfInvokingRetry from './lambda/self-invoking-retry.js';
import providerRegionNotEnforced from './provider/region-not-enforced.js';
import type { Rule } from './rule.js';
import s3DuplicateBucketNotification from './s3/duplicate-bucket-notification.js';
import s3PublicAccessBlockMissing from './s3/public-access-block-missing.js';
import secretsUnmanagedSecretReference from './secrets/unmanaged-secret-reference.js';
import terraformEmptyBackend from './terraform/empty-backend.js';
import terraformForEachKeyMismatch from './terraform/for-each-key-mismatch.js';
import terraformLambdaSourceHashMissing from './terraform/lambda-source-hash-missing.js';
import terraformUndefinedReference from './terraform/undefined-reference.js';
import terraformUnknownResourceType from './terraform/unknown-resource-type.js';

export const RULES: Rule[] = [
  terraformUnknownResourceType,
  terraformUndefinedReference,
  terraformForEachKeyMismatch,
  terraformEmptyBackend,
  terraformLambdaSourceHashMissing,
  dynamodbGsiMissingProjection,
  dynamodbInconsistentTableSettings,
  kmsRotationDisabled,
  cloudwatchLogGroupKmsKeyPolicy,
  secretsUnmanagedSecretReference,
  namingMissingEnvironmentSuffix,
  lambdaPlaceholderCode,
  s3PublicAccessBlockMissing,
  providerRegionNotEnforced,
  s3DuplicateBucketNotification,
  iamBroadManagedPolicy,
  iamArnFromString,
  lambdaSelfInvokingRetry,
  lambdaCodePathRelativeToCwd,
  cloudwatchAlarmRateAsCount,
  cloudwatchLogGroupMissing,
  pulumiOutputInString,
];

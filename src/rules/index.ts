/**
 * The rule registry: every rule preflight runs, sorted by id.
 */
import apigatewayLoggingWithoutAccountRole from './apigateway/logging-without-account-role.js';
import apigatewayMissingIntegrationDependency from './apigateway/missing-integration-dependency.js';
import awsconfigUnknownManagedRule from './awsconfig/unknown-managed-rule.js';
import backupColdStorageRetention from './backup/cold-storage-retention.js';
import cfnCircularDependency from './cfn/circular-dependency.js';
import cfnIntrinsicMissingPrefix from './cfn/intrinsic-missing-prefix.js';
import cfnIntrinsicNotAllowed from './cfn/intrinsic-not-allowed.js';
import cfnInvalidGetatt from './cfn/invalid-getatt.js';
import cfnRedundantDependsOn from './cfn/redundant-depends-on.js';
import cfnSubWithoutVariables from './cfn/sub-without-variables.js';
import cfnUndefinedReference from './cfn/undefined-reference.js';
import cfnUnknownResourceType from './cfn/unknown-resource-type.js';
import cdkDeprecatedApi from './cdk/deprecated-api.js';
import cdkUnknownApi from './cdk/unknown-api.js';
import cdkRotationWithoutFunction from './cdk/rotation-without-function.js';
import cdktfNestedTerraformStack from './cdktf/nested-terraform-stack.js';
import cdktfTokenListIndexing from './cdktf/token-list-indexing.js';
import cfnUnusedCondition from './cfn/unused-condition.js';
import cfnUnusedParameter from './cfn/unused-parameter.js';
import cloudwatchAlarmRateAsCount from './cloudwatch/alarm-rate-as-count.js';
import cloudwatchDashboardWidgetMissingRegion from './cloudwatch/dashboard-widget-missing-region.js';
import cloudwatchLogGroupKmsKeyPolicy from './cloudwatch/log-group-kms-key-policy.js';
import cloudwatchLogGroupMissing from './cloudwatch/log-group-missing.js';
import cloudwatchLogRetentionMissing from './cloudwatch/log-retention-missing.js';
import codeTypeError from './code/type-error.js';
import codedeployLambdaDeploymentStyle from './codedeploy/lambda-deployment-style.js';
import codepipelineLambdaInvokeDeploy from './codepipeline/lambda-invoke-deploy.js';
import codepipelinePlaintextOauthToken from './codepipeline/plaintext-oauth-token.js';
import configUnvalidatedEnvironmentSuffix from './config/unvalidated-environment-suffix.js';
import ec2FlowLogS3Role from './ec2/flow-log-s3-role.js';
import ec2OpenIngress from './ec2/open-ingress.js';
import ec2SecurityGroupReservedPrefix from './ec2/security-group-reserved-prefix.js';
import dynamodbGsiMissingProjection from './dynamodb/gsi-missing-projection.js';
import dynamodbAttributeDefinitionsMismatch from './dynamodb/attribute-definitions-mismatch.js';
import dynamodbInconsistentTableSettings from './dynamodb/inconsistent-table-settings.js';
import filesMissingReferencedFile from './files/missing-referenced-file.js';
import iamArnFromString from './iam/arn-from-string.js';
import iamHardcodedRegionArn from './iam/hardcoded-region-arn.js';
import iamBroadManagedPolicy from './iam/broad-managed-policy.js';
import iamInlinePolicy from './iam/inline-policy.js';
import iamWildcardAction from './iam/wildcard-action.js';
import iamWildcardResource from './iam/wildcard-resource.js';
import kmsKeyPolicyOpenToEveryone from './kms/key-policy-open-to-everyone.js';
import kmsKeyPolicyMissingService from './kms/key-policy-missing-service.js';
import kmsRotationDisabled from './kms/rotation-disabled.js';
import lifecycleEphemeralDeletionProtection from './lifecycle/ephemeral-deletion-protection.js';
import lifecycleEphemeralForceDestroyMissing from './lifecycle/ephemeral-force-destroy-missing.js';
import lifecycleEphemeralRetained from './lifecycle/ephemeral-retained.js';
import lifecycleDestroyWithoutEmptying from './lifecycle/destroy-without-emptying.js';
import lifecycleFinalSnapshotUnnamed from './lifecycle/final-snapshot-unnamed.js';
import lifecycleNotDestroyable from './lifecycle/not-destroyable.js';
import lifecycleProductionDeletionProtectionMissing from './lifecycle/production-deletion-protection-missing.js';
import lambdaAliasToLatest from './lambda/alias-to-latest.js';
import lambdaCodePathRelativeToCwd from './lambda/code-path-relative-to-cwd.js';
import lambdaEventSourceWithoutPermissions from './lambda/event-source-without-permissions.js';
import lambdaSqsEventSourceBatching from './lambda/sqs-event-source-batching.js';
import lambdaFifoDeadLetterQueue from './lambda/fifo-dead-letter-queue.js';
import lambdaEnvWithoutKms from './lambda/env-without-kms.js';
import lambdaMissingDlqPermission from './lambda/missing-dlq-permission.js';
import lambdaMissingDependsOnPolicy from './lambda/missing-depends-on-policy.js';
import lambdaPlaceholderCode from './lambda/placeholder-code.js';
import lambdaProvisionedConcurrencyOnLatest from './lambda/provisioned-concurrency-on-latest.js';
import lambdaReservedConcurrencyExceedsHeadroom from './lambda/reserved-concurrency-exceeds-headroom.js';
import lambdaSelfInvokingRetry from './lambda/self-invoking-retry.js';
import lambdaHardcodedSdkRegion from './lambda/hardcoded-sdk-region.js';
import lambdaInlineCodeMissingModule from './lambda/inline-code-missing-module.js';
import cloudtrailLogBucketPolicy from './cloudtrail/log-bucket-policy.js';
import cloudtrailInvalidDataResource from './cloudtrail/invalid-data-resource.js';
import cloudfrontLogBucketAclDisabled from './cloudfront/log-bucket-acl-disabled.js';
import elbAccessLogsBucket from './elb/access-logs-bucket.js';
import eventsScheduleOnCustomBus from './events/schedule-on-custom-bus.js';
import accountRegionalSingleton from './account/regional-singleton.js';
import namingHardcodedEnvironmentInName from './naming/hardcoded-environment-in-name.js';
import namingMissingEnvironmentSuffix from './naming/missing-environment-suffix.js';
import preflightInvalidSuppression from './preflight/invalid-suppression.js';
import preflightUnusedSuppression from './preflight/unused-suppression.js';
import providerRegionNotEnforced from './provider/region-not-enforced.js';
import pulumiDeprecatedApi from './pulumi/deprecated-api.js';
import pulumiMissingStackExports from './pulumi/missing-stack-exports.js';
import pulumiOutputInString from './pulumi/output-in-string.js';
import pulumiUnknownResourceType from './pulumi/unknown-resource-type.js';
import pulumiUnknownOutputAttribute from './pulumi/unknown-output-attribute.js';
import requirementsIngress from './requirements/ingress.js';
import requirementsNaming from './requirements/naming.js';
import requirementsRegion from './requirements/region.js';
import requirementsService from './requirements/service.js';
import requirementsSetting from './requirements/setting.js';
import requirementsTags from './requirements/tags.js';
import s3DuplicateBucketNotification from './s3/duplicate-bucket-notification.js';
import s3LifecycleRuleMissingFilter from './s3/lifecycle-rule-missing-filter.js';
import s3LifecycleTransitionDays from './s3/lifecycle-transition-days.js';
import s3ObjectEtagWithKms from './s3/object-etag-with-kms.js';
import s3ReplicationWithoutVersioning from './s3/replication-without-versioning.js';
import s3CorsUnsupportedMethod from './s3/cors-unsupported-method.js';
import s3ReplicationRuleSchema from './s3/replication-rule-schema.js';
import s3MissingForceDestroy from './s3/missing-force-destroy.js';
import s3PublicAccessBlockMissing from './s3/public-access-block-missing.js';
import schemaInvalidValue from './schema/invalid-value.js';
import schemaMissingRequiredArgument from './schema/missing-required-argument.js';
import schemaMissingRequiredProperty from './schema/missing-required-property.js';
import schemaNameTooLong from './schema/name-too-long.js';
import schemaRemovedInNewerProvider from './schema/removed-in-newer-provider.js';
import schemaUnknownProperty from './schema/unknown-property.js';
import secretsHardcodedSecret from './secrets/hardcoded-secret.js';
import secretsPasswordParameter from './secrets/password-parameter.js';
import secretsUnmanagedSecretReference from './secrets/unmanaged-secret-reference.js';
import tagsHardcodedEnvironment from './tags/hardcoded-environment.js';
import terraformDependencyCycle from './terraform/dependency-cycle.js';
import terraformEmptyBackend from './terraform/empty-backend.js';
import terraformFmt from './terraform/fmt.js';
import terraformForEachKeyMismatch from './terraform/for-each-key-mismatch.js';
import terraformLambdaSourceHashMissing from './terraform/lambda-source-hash-missing.js';
import terraformMissingRequiredProviders from './terraform/missing-required-providers.js';
import terraformUndefinedReference from './terraform/undefined-reference.js';
import terraformUnknownResourceType from './terraform/unknown-resource-type.js';
import configNondeterministicValue from './config/nondeterministic-value.js';
import configPlaceholderValue from './config/placeholder-value.js';
import ec2HardcodedAmiId from './ec2/hardcoded-ami-id.js';
import ec2HardcodedAvailabilityZone from './ec2/hardcoded-availability-zone.js';
import lambdaReservedEnvVar from './lambda/reserved-env-var.js';
import lambdaVpcWithoutEniPermissions from './lambda/vpc-without-eni-permissions.js';
import lintUnusedVariable from './lint/unused-variable.js';
import rdsBacktrackUnsupported from './rds/backtrack-unsupported.js';
import rdsInvalidEngineVersion from './rds/invalid-engine-version.js';
import rdsInvalidMasterPassword from './rds/invalid-master-password.js';
import rdsInvalidMasterUsername from './rds/invalid-master-username.js';
import rdsPerformanceInsightsUnsupportedClass from './rds/performance-insights-unsupported-class.js';
import rdsGp3PerformanceSmallStorage from './rds/gp3-performance-small-storage.js';
import route53ReservedDomain from './route53/reserved-domain.js';
import wafv2CloudfrontScopeRegion from './wafv2/cloudfront-scope-region.js';
import type { Rule } from './rule.js';
import { levenshtein } from '../util/closest.js';

export const RULES: Rule[] = [
  apigatewayLoggingWithoutAccountRole,
  apigatewayMissingIntegrationDependency,
  awsconfigUnknownManagedRule,
  backupColdStorageRetention,
  cfnCircularDependency,
  cfnIntrinsicMissingPrefix,
  cfnIntrinsicNotAllowed,
  cfnInvalidGetatt,
  cfnRedundantDependsOn,
  cfnSubWithoutVariables,
  cfnUndefinedReference,
  cfnUnknownResourceType,
  cdkDeprecatedApi,
  cdkUnknownApi,
  cdkRotationWithoutFunction,
  cdktfNestedTerraformStack,
  cdktfTokenListIndexing,
  cfnUnusedCondition,
  cfnUnusedParameter,
  cloudwatchAlarmRateAsCount,
  cloudwatchDashboardWidgetMissingRegion,
  cloudwatchLogGroupKmsKeyPolicy,
  cloudwatchLogGroupMissing,
  cloudwatchLogRetentionMissing,
  codeTypeError,
  codedeployLambdaDeploymentStyle,
  codepipelineLambdaInvokeDeploy,
  codepipelinePlaintextOauthToken,
  configNondeterministicValue,
  configPlaceholderValue,
  configUnvalidatedEnvironmentSuffix,
  dynamodbGsiMissingProjection,
  dynamodbAttributeDefinitionsMismatch,
  dynamodbInconsistentTableSettings,
  ec2HardcodedAmiId,
  ec2HardcodedAvailabilityZone,
  ec2FlowLogS3Role,
  ec2OpenIngress,
  ec2SecurityGroupReservedPrefix,
  filesMissingReferencedFile,
  iamArnFromString,
  iamHardcodedRegionArn,
  iamBroadManagedPolicy,
  iamInlinePolicy,
  iamWildcardAction,
  iamWildcardResource,
  kmsKeyPolicyOpenToEveryone,
  kmsKeyPolicyMissingService,
  kmsRotationDisabled,
  lambdaAliasToLatest,
  lambdaCodePathRelativeToCwd,
  lambdaEventSourceWithoutPermissions,
  lambdaSqsEventSourceBatching,
  lambdaFifoDeadLetterQueue,
  lambdaEnvWithoutKms,
  lambdaMissingDependsOnPolicy,
  lambdaMissingDlqPermission,
  lambdaPlaceholderCode,
  lambdaProvisionedConcurrencyOnLatest,
  lambdaReservedConcurrencyExceedsHeadroom,
  lambdaReservedEnvVar,
  lambdaVpcWithoutEniPermissions,
  lambdaSelfInvokingRetry,
  lambdaHardcodedSdkRegion,
  lambdaInlineCodeMissingModule,
  cloudtrailLogBucketPolicy,
  cloudtrailInvalidDataResource,
  cloudfrontLogBucketAclDisabled,
  elbAccessLogsBucket,
  eventsScheduleOnCustomBus,
  accountRegionalSingleton,
  lifecycleEphemeralDeletionProtection,
  lifecycleEphemeralForceDestroyMissing,
  lifecycleEphemeralRetained,
  lifecycleDestroyWithoutEmptying,
  lifecycleFinalSnapshotUnnamed,
  lifecycleNotDestroyable,
  lifecycleProductionDeletionProtectionMissing,
  namingHardcodedEnvironmentInName,
  namingMissingEnvironmentSuffix,
  preflightInvalidSuppression,
  preflightUnusedSuppression,
  providerRegionNotEnforced,
  pulumiDeprecatedApi,
  pulumiMissingStackExports,
  pulumiOutputInString,
  pulumiUnknownOutputAttribute,
  pulumiUnknownResourceType,
  lintUnusedVariable,
  rdsBacktrackUnsupported,
  rdsInvalidEngineVersion,
  rdsInvalidMasterPassword,
  rdsPerformanceInsightsUnsupportedClass,
  rdsInvalidMasterUsername,
  rdsGp3PerformanceSmallStorage,
  route53ReservedDomain,
  requirementsIngress,
  requirementsNaming,
  requirementsRegion,
  requirementsService,
  requirementsSetting,
  requirementsTags,
  s3DuplicateBucketNotification,
  s3LifecycleRuleMissingFilter,
  s3LifecycleTransitionDays,
  s3ObjectEtagWithKms,
  s3MissingForceDestroy,
  s3ReplicationWithoutVersioning,
  s3CorsUnsupportedMethod,
  s3ReplicationRuleSchema,
  s3PublicAccessBlockMissing,
  schemaInvalidValue,
  schemaMissingRequiredArgument,
  schemaMissingRequiredProperty,
  schemaNameTooLong,
  schemaRemovedInNewerProvider,
  schemaUnknownProperty,
  secretsHardcodedSecret,
  secretsPasswordParameter,
  secretsUnmanagedSecretReference,
  tagsHardcodedEnvironment,
  terraformDependencyCycle,
  terraformEmptyBackend,
  terraformFmt,
  terraformForEachKeyMismatch,
  terraformLambdaSourceHashMissing,
  terraformMissingRequiredProviders,
  terraformUndefinedReference,
  terraformUnknownResourceType,
  wafv2CloudfrontScopeRegion,
];

/** The rule a mistyped id most likely means: one whose id it begins, else the nearest spelling within a few edits. */
export function suggestRuleId(id: string): string | undefined {
  const ids = RULES.map((rule) => rule.meta.id).sort();
  const prefixed = ids.find((known) => known.startsWith(id));
  if (prefixed) return prefixed;
  let best: { id: string; distance: number } | undefined;
  for (const known of ids) {
    const distance = levenshtein(id, known);
    if (!best || distance < best.distance) best = { id: known, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

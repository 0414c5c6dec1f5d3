/**
 * The rule registry: every rule preflight runs.
 */
import cloudwatchAlarmRateAsCount from './cloudwatch/alarm-rate-as-count.js';
import cloudwatchLogGroupKmsKeyPolicy from './cloudwatch/log-group-kms-key-policy.js';
import cloudwatchLogGroupMissing from './cloudwatch/log-group-missing.js';
import codedeployLambdaDeploymentStyle from './codedeploy/lambda-deployment-style.js';
import codepipelineLambdaInvokeDeploy from './codepipeline/lambda-invoke-deploy.js';
import codepipelinePlaintextOauthToken from './codepipeline/plaintext-oauth-token.js';
import configUnvalidatedEnvironmentSuffix from './config/unvalidated-environment-suffix.js';
import dynamodbGsiMissingProjection from './dynamodb/gsi-missing-projection.js';
import dynamodbInconsistentTableSettings from './dynamodb/inconsistent-table-settings.js';
import iamInlinePolicy from './iam/inline-policy.js';
import iamWildcardResource from './iam/wildcard-resource.js';
import kmsRotationDisabled from './kms/rotation-disabled.js';
import lambdaAliasToLatest from './lambda/alias-to-latest.js';
import lambdaEnvWithoutKms from './lambda/env-without-kms.js';
import lambdaMissingDependsOnPolicy from './lambda/missing-depends-on-policy.js';
import lambdaPlaceholderCode from './lambda/placeholder-code.js';
import lambdaProvisionedConcurrencyOnLatest from './lambda/provisioned-concurrency-on-latest.js';
import lambdaReservedConcurrencyExceedsHeadroom from './lambda/reserved-concurrency-exceeds-headroom.js';
import namingMissingEnvironmentSuffix from './naming/missing-environment-suffix.js';
import pulumiDeprecatedApi from './pulumi/deprecated-api.js';
import pulumiOutputInString from './pulumi/output-in-string.js';
import type { Rule } from './rule.js';
import s3PublicAccessBlockMissing from './s3/public-access-block-missing.js';
import secretsHardcodedSecret from './secrets/hardcoded-secret.js';
import secretsUnmanagedSecretReference from './secrets/unmanaged-secret-reference.js';
import tagsHardcodedEnvironment from './tags/hardcoded-environment.js';
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
  lambdaProvisionedConcurrencyOnLatest,
  lambdaReservedConcurrencyExceedsHeadroom,
  codedeployLambdaDeploymentStyle,
  lambdaAliasToLatest,
  iamInlinePolicy,
  iamWildcardResource,
  codepipelinePlaintextOauthToken,
  secretsHardcodedSecret,
  lambdaEnvWithoutKms,
  cloudwatchAlarmRateAsCount,
  lambdaMissingDependsOnPolicy,
  codepipelineLambdaInvokeDeploy,
  pulumiOutputInString,
  pulumiDeprecatedApi,
  cloudwatchLogGroupMissing,
  tagsHardcodedEnvironment,
  configUnvalidatedEnvironmentSuffix,
];

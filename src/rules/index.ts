/**
 * The rule registry: every rule preflight runs, in catalog order.
 */
import cloudwatchAlarmRateAsCount from './cloudwatch/alarm-rate-as-count.js';
import cloudwatchLogGroupMissing from './cloudwatch/log-group-missing.js';
import codedeployLambdaDeploymentStyle from './codedeploy/lambda-deployment-style.js';
import codepipelineLambdaInvokeDeploy from './codepipeline/lambda-invoke-deploy.js';
import codepipelinePlaintextOauthToken from './codepipeline/plaintext-oauth-token.js';
import configUnvalidatedEnvironmentSuffix from './config/unvalidated-environment-suffix.js';
import iamInlinePolicy from './iam/inline-policy.js';
import iamWildcardResource from './iam/wildcard-resource.js';
import lambdaAliasToLatest from './lambda/alias-to-latest.js';
import lambdaEnvWithoutKms from './lambda/env-without-kms.js';
import lambdaMissingDependsOnPolicy from './lambda/missing-depends-on-policy.js';
import lambdaProvisionedConcurrencyOnLatest from './lambda/provisioned-concurrency-on-latest.js';
import lambdaReservedConcurrencyExceedsHeadroom from './lambda/reserved-concurrency-exceeds-headroom.js';
import pulumiDeprecatedApi from './pulumi/deprecated-api.js';
import pulumiOutputInString from './pulumi/output-in-string.js';
import type { Rule } from './rule.js';
import secretsHardcodedSecret from './secrets/hardcoded-secret.js';
import tagsHardcodedEnvironment from './tags/hardcoded-environment.js';

export const RULES: Rule[] = [
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

/**
 * apigateway/logging-without-account-role: a REST API stage logs to CloudWatch
 * (execution or access logging) while the program sets no API Gateway account
 * CloudWatch role.
 */
import { cdkProp } from '../../model/cdk-query.js';
import { usesCloudFormationVocabulary } from '../../model/cloudformation.js';
import { isTerraformChildModule, resourcesOfType } from '../../model/query.js';
import type { Resource, Value } from '../../model/types.js';
import { arg, boolValue, field, items, stringValue } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule } from '../rule.js';

/** The AWS CDK constructs that deploy a REST API stage from `deployOptions`. */
const CDK_REST_APIS = new Set(['aws_apigateway.RestApi', 'aws_apigateway.LambdaRestApi', 'aws_apigateway.SpecRestApi']);

export default defineRule({
  meta: {
    id: 'apigateway/logging-without-account-role',
    title: 'REST API logging without the account CloudWatch role',
    severity: 'high',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A REST API stage turns on CloudWatch execution logging (a logging level of INFO or ERROR, or data tracing) or access logging, and the program sets no API Gateway account CloudWatch role: no `aws_api_gateway_account` (Pulumi `aws.apigateway.Account`), no `AWS::ApiGateway::Account`, and for an AWS CDK `RestApi` no `cloudWatchRole: true` (the `@aws-cdk/aws-apigateway:disableCloudWatchRole` flag `cdk init` sets turns the default role off). A Terraform child module is left alone: its root may set the account.',
    rationale:
      'API Gateway writes logs with the role set in the account settings of the region; where none is set, creating or updating the stage fails with "CloudWatch Logs role ARN must be set in account settings to enable logging", as it does in every fresh account or region.',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
    fixable: 'none',
  },
  check(program, context) {
    if (isTerraformChildModule(program)) return;
    const cloudFormation = usesCloudFormationVocabulary(program.framework);
    if (resourcesOfType(program, cloudFormation ? 'AWS::ApiGateway::Account' : 'aws_api_gateway_account').length)
      return;
    const cdk = program.framework === 'cdk-ts' || program.framework === 'cdk-py';
    const advice = cdk
      ? 'Set cloudWatchRole: true on the API, or declare an apigateway.CfnAccount with a role API Gateway assumes (AmazonAPIGatewayPushToCloudWatchLogs).'
      : `Declare ${cloudFormation ? 'an AWS::ApiGateway::Account' : 'an aws_api_gateway_account'} with a role API Gateway assumes (AmazonAPIGatewayPushToCloudWatchLogs).`;
    for (const resource of program.resources) {
      const logging =
        cdk && CDK_REST_APIS.has(resource.construct?.api ?? '') ? cdkLogging(resource) : loggingOf(resource);
      if (!logging) continue;
      context.report({
        message: `${describeResource(resource)} turns on CloudWatch ${logging.what}, but the program sets no API Gateway account CloudWatch role: where the region's account settings have none, the stage fails with "CloudWatch Logs role ARN must be set in account settings to enable logging". ${advice}`,
        span: logging.value.span,
        resource,
      });
    }
  },
});

interface Logging {
  what: string;
  value: Value;
}

/** The logging a stage's settings turn on, in Terraform, Pulumi or template vocabulary. */
function loggingOf(resource: Resource): Logging | undefined {
  switch (resource.type) {
    case 'aws_api_gateway_method_settings':
      return executionLogging(items(arg(resource, 'settings')), 'logging_level', 'data_trace_enabled');
    case 'aws_api_gateway_stage':
      return accessLogging(arg(resource, 'access_log_settings'));
    case 'AWS::ApiGateway::Stage':
    case 'AWS::Serverless::Api':
      return (
        executionLogging(items(arg(resource, 'MethodSettings')), 'LoggingLevel', 'DataTraceEnabled') ??
        accessLogging(arg(resource, 'AccessLogSetting'))
      );
    case 'AWS::ApiGateway::Deployment': {
      const stage = arg(resource, 'StageDescription');
      return (
        executionLogging([stage, ...items(field(stage, 'MethodSettings'))], 'LoggingLevel', 'DataTraceEnabled') ??
        accessLogging(field(stage, 'AccessLogSetting'))
      );
    }
    default:
      return undefined;
  }
}

function executionLogging(settings: (Value | undefined)[], levelKey: string, traceKey: string): Logging | undefined {
  for (const setting of settings) {
    const level = field(setting, levelKey);
    const written = stringValue(level)?.toUpperCase();
    if (level && (written === 'INFO' || written === 'ERROR'))
      return { what: `execution logging (${levelKey} ${written})`, value: level };
    const trace = field(setting, traceKey);
    if (trace && boolValue(trace) === true) return { what: `execution logging (${traceKey})`, value: trace };
  }
  return undefined;
}

function accessLogging(settings: Value | undefined): Logging | undefined {
  return settings ? { what: 'access logging', value: settings } : undefined;
}

/**
 * An AWS CDK REST API's `deployOptions` (Python `deploy_options`): `loggingLevel`
 * INFO or ERROR, `dataTraceEnabled`, `accessLogDestination`; none when the API
 * sets `cloudWatchRole: true` (CDK then creates the role and the account setting).
 */
function cdkLogging(api: Resource): Logging | undefined {
  const props = api.construct!.props;
  if (boolValue(cdkProp(props, 'cloudWatchRole')) === true) return undefined;
  const options = cdkProp(props, 'deployOptions');
  const level = cdkProp(options, 'loggingLevel');
  const member = level && (level.kind === 'unknown' || level.kind === 'reference') ? level.text : undefined;
  const written = member?.split('.').at(-1);
  if (level && (written === 'INFO' || written === 'ERROR'))
    return { what: `execution logging (loggingLevel ${written})`, value: level };
  const trace = cdkProp(options, 'dataTraceEnabled');
  if (trace && boolValue(trace) === true) return { what: 'execution logging (dataTraceEnabled)', value: trace };
  const access = cdkProp(options, 'accessLogDestination');
  return access ? { what: 'access logging', value: access } : undefined;
}

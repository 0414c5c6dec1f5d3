/**
 * iam/wildcard-resource: Allow statements on data-plane actions whose
 * resource is `*` or an ARN with a wildcard account, region or name.
 */
import { attribute, interpolation, literal, refOf } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import type { PolicyStatement, Program, Resource } from '../../model/types.js';
import { requirementTopic } from '../../requirements/topics.js';
import { needsNoResourceArn } from '../../schema/iam-actions.js';
import { CODE_FRAMEWORKS, defineRule, type Suggestion } from '../rule.js';
import { trustedServices } from './trusted-services.js';

/** Verbs of read-only actions (what AWS_ConfigRole grants on `*`). */
const READ_VERB = /^(Get|BatchGet|Describe|List)/;

/** Verbs of actions that read or write data (as opposed to describing or listing the account). */
const DATA_VERB =
  /^(Get|Put|Delete|Update|Query|Scan|BatchGet|BatchWrite|Send|Receive|Publish|Invoke|Decrypt|Encrypt|GenerateDataKey|ReEncrypt|Write|Read|Restore|Start|Stop)/;

export default defineRule({
  meta: {
    id: 'iam/wildcard-resource',
    title: 'Data-plane access to every resource',
    severity: 'medium',
    requirementDriven: { topics: ['forbidden:wildcard-resource'], severity: 'medium' },
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "An Allow statement on data-plane actions (read/write of items, objects, messages, secrets…) whose resource is `*` or an ARN for any name of its type, such as `arn:aws:dynamodb:*:*:table/*` (a named resource in a wildcard account or region, `secret:orders-db-*`, is still that resource). Actions that need no resource ARN (`ecr:GetAuthorizationToken`, `xray:PutTraceSegments`; the Service Authorization Reference) are left alone, as are the network-interface, AWS Config and SSM Agent actions AWS's own managed policies grant on `*`, what the managed policy of a service role grants on `*` to a role only that service assumes (API Gateway's CloudWatch role, Application Auto Scaling for DynamoDB), and read-only actions of a role only AWS Config assumes (the recorder reads every resource, as AWS_ConfigRole grants), and a service's actions in a statement that also lists every resource of that service (`s3:ListAllMyBuckets`: an audit or remediation of every bucket by design), unless they delete; log writing on `*` (as AWSLambdaBasicExecutionRole grants it) is reported only when the request asks for least privilege or the configuration sets the rule, and never for roles of EC2 instances (the CloudWatch agent) or VPC Flow Logs, whose AWS-documented policies grant exactly that.",
    rationale:
      'The role can read and write every table, bucket or queue the account (and any trusting account) holds, not just the one it needs: least privilege is lost and a compromised function reaches all data.',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    fixable: 'suggest',
  },
  check(program, context) {
    // A request for least privilege (or against wildcard resources) makes log writing on `*` a finding too.
    const leastPrivilege = (context.requirements ?? []).some((r) => {
      const topic = requirementTopic(r);
      return topic === 'forbidden:broad-permissions' || topic === 'forbidden:wildcard-resource';
    });
    for (const document of program.policies) {
      const owner = document.owner?.resource;
      if (owner && owner.type === 'aws_iam_role' && document.owner?.argument === 'assume_role_policy') continue;
      const services = trustedServices(program, document);
      // Log writing on `*` is the policy AWS documents for these roles' services: no finding, whatever the request.
      const documentedLogWriting = loggingServicesOnly(services);
      // The AWS Config recorder reads the configuration of every resource it records (AWS_ConfigRole grants
      // read-only actions on `*`): reads by a role only AWS Config assumes are its job, not a lapse.
      const configRecorder = services?.size === 1 && services.has('config.amazonaws.com');
      for (const statement of document.statements) {
        if (statement.effect !== 'Allow' || statement.principals.length > 0) continue;
        const all = dataActions(statement).filter(
          (a) => !(configRecorder && READ_VERB.test(a.split(':')[1])) && !grantedToServiceRole(services, a),
        );
        // The log writing AWSLambdaBasicExecutionRole grants on `*`: a failure only when the request asks
        // for least privilege (as iam/broad-managed-policy treats the managed policy itself).
        const actions = all.filter((a) => !LOG_WRITING.some((pattern) => pattern.test(a)));
        const baselineOnly = actions.length === 0;
        if (all.length === 0) continue;
        for (const resource of statement.resources) {
          const why = resource.value !== undefined ? wildcardReason(resource.value) : undefined;
          if (!why) continue;
          if (baselineOnly && documentedLogWriting && resource.value === '*') continue;
          context.report({
            message:
              `${owner ? `Policy of "${owner.name}"` : 'A policy'} allows ${all.slice(0, 3).join(', ')}${all.length > 3 ? ', …' : ''} on "${resource.value}" (${why}). ` +
              `Scope it to the ARNs of the resources the program creates (e.g. ${ARN_EXAMPLE[program.framework] ?? 'table.arn'}) or at least to this account and region.`,
            span: resource.span,
            resource: owner,
            onlyWhenRequested: baselineOnly && !leastPrivilege,
            suggestion: scopedResource(program, owner, all, resource.value!),
          });
        }
      }
    }
  },
});

/** How the program's language names a table's ARN, for the message. */
const ARN_EXAMPLE: Partial<Record<Program['framework'], string>> = {
  cloudformation: '!GetAtt Table.Arn',
  'cdk-ts': 'table.tableArn',
  'cdk-py': 'table.table_arn',
};

function dataActions(statement: PolicyStatement): string[] {
  const written = statement.actions.map((a) => a.value).filter((a): a is string => a !== undefined);
  // A statement that lists every resource of a service (`s3:ListAllMyBuckets`, `dynamodb:ListTables`) reads or
  // configures each of them by design (an audit, a remediation): on `*` that is its scope, not a lapse; deleting
  // every resource of the service still is one.
  const enumerated = new Set(
    written.filter((a) => /^List/.test(a.split(':')[1] ?? '') && needsNoResourceArn(a)).map(serviceOf),
  );
  return written.filter((a) => {
    const verb = a.split(':')[1];
    // Actions that need no resource ARN (the Service Authorization Reference) are granted on `*`.
    if (!verb || needsNoResourceArn(a) || grantedOnAnyByAws(a)) return false;
    if (enumerated.has(serviceOf(a)) && !/^(Delete|Terminate)/.test(verb)) return false;
    return verb === '*' || DATA_VERB.test(verb);
  });
}

function serviceOf(action: string): string {
  return action.split(':')[0].toLowerCase();
}

/**
 * Actions AWS's own managed policies grant on `"Resource": "*"` for the service roles that need
 * them, and that cannot be scoped further in practice: the baseline a reviewer accepts. Sources
 * (the policy documents in the AWS Managed Policy Reference Guide, docs.aws.amazon.com/aws-managed-policy/):
 * - AWSLambdaVPCAccessExecutionRole: the network interfaces of a Lambda function in a VPC;
 * - AWS_ConfigRole: the AWS Config recorder's own account-level actions;
 * - AmazonSSMManagedInstanceCore: the SSM Agent registering its instance and reporting its associations.
 * No maintained npm package publishes the managed policies' documents, hence these short lists.
 */
const GRANTED_ON_ANY_BY_AWS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSubnets',
  'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
  'config:Put*',
  'config:Get*',
  'config:List*',
  'config:Describe*',
  'config:BatchGet*',
  'config:Select*',
  'ssm:UpdateInstanceInformation',
  'ssm:ListAssociations',
  'ssm:ListInstanceAssociations',
  'ssm:DescribeAssociation',
  'ssm:UpdateAssociationStatus',
  'ssm:UpdateInstanceAssociationStatus',
  'ssm:PutInventory',
  'ssm:PutComplianceItems',
  'ssm:PutConfigurePackageResult',
  'ssm:GetDeployablePatchSnapshotForInstance',
  'ssm:GetManifest',
].map((pattern) => new RegExp(`^${pattern.replace('*', '[A-Za-z*]*')}$`, 'i'));

/**
 * Log writing as AWSLambdaBasicExecutionRole, CloudWatchAgentServerPolicy and the VPC Flow Logs role
 * policy (docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html) grant it on `*`: it can be
 * scoped to the program's log groups, so it is reported when the request asks for least privilege.
 */
const LOG_WRITING = [
  'logs:CreateLogGroup',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'logs:DescribeLogGroups',
  'logs:DescribeLogStreams',
  'logs:PutRetentionPolicy',
].map((action) => new RegExp(`^${action}$`, 'i'));

/**
 * Services whose roles AWS documents with log writing on `"Resource": "*"`, so a reviewer reads it as the
 * standard policy rather than a lapse: the CloudWatch agent on EC2 instances (the managed policy
 * CloudWatchAgentServerPolicy, docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/create-iam-roles-for-cloudwatch-agent.html)
 * and VPC Flow Logs (docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html). Lambda is not
 * among them: its guide scopes the execution role to the function's own log group.
 */
const DOCUMENTED_LOG_WRITERS = new Set(['ec2.amazonaws.com', 'vpc-flow-logs.amazonaws.com']);

/**
 * What the AWS managed policy of a service role grants on `"Resource": "*"`, for a role only that service
 * assumes (AWS Managed Policy Reference Guide): AmazonAPIGatewayPushToCloudWatchLogs (the API Gateway
 * account's CloudWatch role: log groups it names itself) and AWSApplicationAutoscalingDynamoDBTablePolicy
 * (the alarms Application Auto Scaling creates for a table's scaling).
 */
const SERVICE_ROLE_GRANTS: Record<string, RegExp[]> = {
  'apigateway.amazonaws.com': [
    'logs:CreateLogGroup',
    'logs:CreateLogStream',
    'logs:DescribeLogGroups',
    'logs:DescribeLogStreams',
    'logs:PutLogEvents',
    'logs:GetLogEvents',
    'logs:FilterLogEvents',
  ].map((action) => new RegExp(`^${action}$`, 'i')),
  'application-autoscaling.amazonaws.com': [
    'dynamodb:DescribeTable',
    'dynamodb:UpdateTable',
    'cloudwatch:PutMetricAlarm',
    'cloudwatch:DescribeAlarms',
    'cloudwatch:GetMetricStatistics',
    'cloudwatch:SetAlarmState',
    'cloudwatch:DeleteAlarms',
  ].map((action) => new RegExp(`^${action}$`, 'i')),
};

/** Whether every service trusted by the role is one whose managed policy grants the action on `*`. */
function grantedToServiceRole(services: Set<string> | undefined, action: string): boolean {
  return (
    services !== undefined &&
    services.size > 0 &&
    [...services].every((service) => SERVICE_ROLE_GRANTS[service]?.some((pattern) => pattern.test(action)))
  );
}

function loggingServicesOnly(services: Set<string> | undefined): boolean {
  return services !== undefined && services.size > 0 && [...services].every((s) => DOCUMENTED_LOG_WRITERS.has(s));
}

/** Whether an action (or an action pattern such as `config:Get*`) is covered by what AWS's managed policies grant on `*`. */
function grantedOnAnyByAws(action: string): boolean {
  return GRANTED_ON_ANY_BY_AWS.some((pattern) => pattern.test(action));
}

function wildcardReason(resource: string): string | undefined {
  if (resource === '*') return 'every resource';
  if (!resource.startsWith('arn:')) return undefined;
  const [, , service, region, account, ...rest] = resource.split(':');
  const name = rest.join(':');
  // `table/*` (`secret:*`) is every table; in S3 the first segment is the bucket's own name, so `bucket/*` is one bucket's objects.
  const anyName = name === '*' || (service !== 's3' && /^[A-Za-z-]+[/:]\*$/.test(name));
  // A named resource (`secret:orders-db-*`, `log-group:/aws/lambda/cwsyn-*`) in any account or region is still
  // that resource: an identity policy reaches another account's only where that account's resource policy allows.
  if (!anyName) return undefined;
  if (account === '*') return 'any account';
  if (region === '*') return 'any region';
  return 'any name';
}

/**
 * The ARN of the program's own resource of the actions' service (the first
 * one declared; S3 object actions get its objects, `arn/*`), written in the
 * program's language; none when the program declares no such resource.
 */
function scopedResource(
  program: Program,
  owner: Resource | undefined,
  actions: string[],
  written: string,
): Suggestion | undefined {
  const idiom = idiomOf(owner?.framework ?? program.framework);
  if (!idiom) return undefined;
  const services = new Set(actions.map((a) => a.split(':')[0].toLowerCase()));
  const target = program.resources.find((r) => [...services].some((service) => PRIMARY_TYPE[service] === r.type));
  if (!target) return undefined;
  const arn = attribute(refOf(target), 'arn');
  const objects = target.type === 'aws_s3_bucket' && actions.some((a) => /^s3:(Get|Put|Delete)Object/.test(a));
  return {
    before: idiom.expression(literal(written)),
    after: idiom.expression(objects ? interpolation(arn, '/*') : arn),
  };
}

/** The resource type whose ARN a service's data-plane actions take (AWS service authorization reference). */
const PRIMARY_TYPE: Record<string, string> = {
  dynamodb: 'aws_dynamodb_table',
  s3: 'aws_s3_bucket',
  sqs: 'aws_sqs_queue',
  sns: 'aws_sns_topic',
  kms: 'aws_kms_key',
  secretsmanager: 'aws_secretsmanager_secret',
  kinesis: 'aws_kinesis_stream',
  lambda: 'aws_lambda_function',
  logs: 'aws_cloudwatch_log_group',
  states: 'aws_sfn_state_machine',
};

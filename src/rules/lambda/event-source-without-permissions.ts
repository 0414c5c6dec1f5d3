/**
 * lambda/event-source-without-permissions: an event source mapping whose
 * function's execution role is not allowed to read the queue or stream.
 */
import { isConditional, referencedResource } from '../../model/query.js';
import { definedRole, isHigherLevelConstruct, roleGrants, roleMayAllow } from '../../model/role-grants.js';
import type { Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lambda/event-source-without-permissions',
    title: 'Event source mapping whose function cannot read its source',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "An event source mapping from an SQS queue, a Kinesis stream or a DynamoDB table's stream of the program to a function whose execution role, defined in the program with every grant readable, is allowed none of sqs:ReceiveMessage, kinesis:GetRecords or dynamodb:GetRecords (by source). Roles with AWS managed policies other than AWSLambdaBasicExecutionRole (such as AWSLambdaSQSQueueExecutionRole) are given the benefit of the doubt. High when the mapping is conditional.",
    rationale:
      'Lambda checks the function\'s role when it creates the mapping: "InvalidParameterValueException: The provided execution role does not have permissions to call ReceiveMessage on SQS", or for streams "Please ensure the role can perform the GetRecords, GetShardIterator, DescribeStream, and ListStreams Actions on your stream in IAM". The mapping (in a template, the stack) fails to deploy.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-permissions',
    fixable: 'none',
  },
  check(program, context) {
    for (const mapping of program.resources) {
      const paths = MAPPINGS[mapping.type];
      if (paths) check(program, context, mapping, paths);
    }
  },
});

/** Where a mapping names its source and its function, and where a function names its role. */
const MAPPINGS: Record<string, { source: string; function: string; role: string }> = {
  aws_lambda_event_source_mapping: { source: 'event_source_arn', function: 'function_name', role: 'role' },
  'AWS::Lambda::EventSourceMapping': { source: 'EventSourceArn', function: 'FunctionName', role: 'Role' },
};

/** What reading each kind of source takes, the AWS managed policy that grants it, and what to call it. */
const QUEUE = { action: 'sqs:ReceiveMessage', policy: 'AWSLambdaSQSQueueExecutionRole', noun: 'queue' };
const KINESIS = { action: 'kinesis:GetRecords', policy: 'AWSLambdaKinesisExecutionRole', noun: 'stream' };
const DYNAMODB = { action: 'dynamodb:GetRecords', policy: 'AWSLambdaDynamoDBExecutionRole', noun: "table's stream" };
const SOURCES: Record<string, typeof QUEUE> = {
  aws_sqs_queue: QUEUE,
  'AWS::SQS::Queue': QUEUE,
  aws_kinesis_stream: KINESIS,
  'AWS::Kinesis::Stream': KINESIS,
  aws_dynamodb_table: DYNAMODB,
  'AWS::DynamoDB::Table': DYNAMODB,
};

function check(program: Program, context: RuleContext, mapping: Resource, paths: (typeof MAPPINGS)[string]): void {
  const sourceValue = arg(mapping, paths.source);
  const source = referencedResource(program, sourceValue);
  const needs = source?.mode === 'resource' ? SOURCES[source.type] : undefined;
  const fn = needs && referencedResource(program, arg(mapping, paths.function));
  // An AWS CDK Function construct is granted what its event sources need when they are added to it.
  if (!sourceValue || !source || !needs || !fn || isHigherLevelConstruct(fn) || isHigherLevelConstruct(mapping)) return;
  const role = definedRole(program, arg(fn, paths.role));
  if (!role || roleMayAllow(roleGrants(program, role), needs.action)) return;
  context.report({
    message: `${describeResource(mapping)} feeds ${describeResource(fn)} from ${describeResource(source)}, but the function's role ${describeResource(role)} is not allowed ${needs.action}: Lambda refuses to create the mapping. Attach the AWS managed policy ${needs.policy} to the role, or allow reading the ${needs.noun} in its policy.`,
    span: sourceValue.span,
    resource: mapping,
    severity: isConditional(program, mapping) ? 'high' : 'critical',
    related: [{ message: `the role, ${describeResource(role)}`, span: role.headerSpan ?? role.span }],
  });
}

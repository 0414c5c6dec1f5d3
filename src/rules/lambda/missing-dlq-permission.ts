/**
 * lambda/missing-dlq-permission: a Lambda function whose dead-letter queue
 * (or topic) its execution role is not allowed to send to.
 */
import { isConditional, referencedResource } from '../../model/query.js';
import { definedRole, isHigherLevelConstruct, roleGrants, roleMayAllow } from '../../model/role-grants.js';
import type { Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lambda/missing-dlq-permission',
    title: 'Lambda dead-letter target its role cannot send to',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A Lambda function whose dead-letter configuration names an SQS queue (or SNS topic) of the program, while its execution role, defined in the program with every grant readable, is allowed sqs:SendMessage (sns:Publish) by none of its policies. Roles with AWS managed policies other than AWSLambdaBasicExecutionRole are given the benefit of the doubt. High when the function is conditional.',
    rationale:
      'Lambda checks the permission when it creates or updates the function: "InvalidParameterValueException: The provided execution role does not have permissions to call SendMessage on SQS". The function (in a template, the stack) fails to deploy.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq',
    fixable: 'none',
  },
  check(program, context) {
    for (const fn of program.resources)
      if (Object.hasOwn(FUNCTIONS, fn.type)) check(program, context, fn, FUNCTIONS[fn.type]);
  },
});

/** Where a function names its dead-letter target and its role, in each vocabulary. */
const FUNCTIONS: Record<string, { target: string; role: string }> = {
  aws_lambda_function: { target: 'dead_letter_config.target_arn', role: 'role' },
  'AWS::Lambda::Function': { target: 'DeadLetterConfig.TargetArn', role: 'Role' },
};

/** What sending to each kind of dead-letter target takes, and how Lambda names the call it checks. */
const QUEUE = { action: 'sqs:SendMessage', call: 'SendMessage on SQS', noun: 'queue' };
const TOPIC = { action: 'sns:Publish', call: 'Publish on SNS', noun: 'topic' };
const TARGETS: Record<string, typeof QUEUE> = {
  aws_sqs_queue: QUEUE,
  'AWS::SQS::Queue': QUEUE,
  aws_sns_topic: TOPIC,
  'AWS::SNS::Topic': TOPIC,
};

function check(program: Program, context: RuleContext, fn: Resource, paths: { target: string; role: string }): void {
  const targetValue = arg(fn, paths.target);
  const target = referencedResource(program, targetValue);
  const needs = target && target.mode === 'resource' ? TARGETS[target.type] : undefined;
  // An AWS CDK Function construct grants its role what its deadLetterQueue needs.
  const role = needs && !isHigherLevelConstruct(fn) ? definedRole(program, arg(fn, paths.role)) : undefined;
  if (!targetValue || !target || !needs || !role || roleMayAllow(roleGrants(program, role), needs.action)) return;
  context.report({
    message: `${describeResource(fn)} sends failed events to ${describeResource(target)}, but its role ${describeResource(role)} is not allowed ${needs.action}: Lambda refuses the function ("The provided execution role does not have permissions to call ${needs.call}"). Allow ${needs.action} on the ${needs.noun} in the role's policy.`,
    span: targetValue.span,
    resource: fn,
    severity: isConditional(program, fn) ? 'high' : 'critical',
    related: [{ message: `the role, ${describeResource(role)}`, span: role.headerSpan ?? role.span }],
  });
}

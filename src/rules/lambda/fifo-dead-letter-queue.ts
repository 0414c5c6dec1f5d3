/**
 * lambda/fifo-dead-letter-queue: a Lambda function whose dead-letter queue
 * is a FIFO queue, which Lambda does not accept as a dead-letter target.
 */
import { cdkProp } from '../../model/cdk-query.js';
import { isConditional } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';
import { referencedQueue } from '../sqs-fifo.js';

export default defineRule({
  meta: {
    id: 'lambda/fifo-dead-letter-queue',
    title: 'Lambda dead-letter queue that is a FIFO queue',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "A Lambda function whose dead-letter configuration (an AWS CDK function's `deadLetterQueue`) names an SQS queue of the program that is FIFO. High when the function is conditional.",
    rationale:
      'Lambda sends failed asynchronous events to a dead-letter queue without the message group a FIFO queue requires, and refuses the configuration when it creates or updates the function: "InvalidParameterValueException: Invalid dead letter queue ARN: FIFO SQS queue is not supported for dead letter configuration". The function (in a template, the stack) fails to deploy.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq',
    fixable: 'none',
  },
  check(program, context) {
    for (const fn of program.resources) {
      if (fn.type === 'aws_lambda_function') check(program, context, fn, arg(fn, 'dead_letter_config.target_arn'));
      else if (fn.type === 'AWS::Lambda::Function')
        check(
          program,
          context,
          fn,
          fn.construct ? cdkProp(fn.construct.props, 'deadLetterQueue') : arg(fn, 'DeadLetterConfig.TargetArn'),
        );
    }
  },
});

function check(program: Program, context: RuleContext, fn: Resource, target: Value | undefined): void {
  const referenced = referencedQueue(program, target);
  if (!target || !referenced?.fifo) return;
  context.report({
    message: `${describeResource(fn)} sends failed events to ${describeResource(referenced.queue)}, a FIFO queue: Lambda refuses the function ("Invalid dead letter queue ARN: FIFO SQS queue is not supported for dead letter configuration"). Use a standard queue as the function's dead-letter queue.`,
    span: target.span,
    resource: fn,
    severity: isConditional(program, fn) ? 'high' : 'critical',
    related: [
      {
        message: `the FIFO queue, ${describeResource(referenced.queue)}`,
        span: referenced.queue.headerSpan ?? referenced.queue.span,
      },
    ],
  });
}

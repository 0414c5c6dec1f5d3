import { handlerFacts } from '../../readers/handlers/analyze.js';
import { describeResource } from '../describe.js';
import { defineRule, type Suggestion } from '../rule.js';
import { attribute, literal, newRef, refOf } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';
import type { Resource } from '../../model/types.js';

export default defineRule({
  meta: {
    id: 'lambda/self-invoking-retry',
    title: 'Handler retries by invoking itself',
    severity: 'medium',
    frameworks: 'all',
    description:
      'Lambda handler code that re-invokes its own function (and/or sleeps) to retry a failed event, instead of the asynchronous invocation retries and a failure destination.',
    rationale:
      'A self-invoking handler pays for blocking sleeps, loses the event when the re-invoke fails, and can loop (Lambda stops recursive loops and drops the events); the service already retries asynchronous events and sends what still fails to an on-failure destination.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
    fixable: 'suggest',
  },
  check(program, context) {
    const seen = new Set<string>();
    const once = (span: { file: string; start: number }) => {
      const key = `${span.file}:${span.start}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    for (const handler of program.handlers) {
      const facts = handlerFacts(handler);
      const owner = handler.resource ? `${describeResource(handler.resource)}'s handler` : 'This handler';
      for (const call of facts.selfInvocations.filter((c) => once(c.span)))
        context.report({
          message: `${owner} retries by invoking its own function (FunctionName=${call.via})${call.sleeps ? ' after a blocking sleep' : ''}; let Lambda retry instead: set maximum_retry_attempts on a FunctionEventInvokeConfig with an on_failure destination, and raise the error.`,
          span: call.span,
          resource: handler.resource,
          suggestion: handler.resource && retrySuggestion(handler.resource),
        });
      if (facts.selfInvocations.length === 0)
        for (const sleep of facts.retrySleeps.filter(once))
          context.report({
            message: `${owner} sleeps inside a retry loop or exception handler, billing the wait and risking the timeout; let Lambda's asynchronous retries (maximum_retry_attempts) or an SQS redrive policy space out retries.`,
            span: sleep,
            resource: handler.resource,
            suggestion: { before: 'time.sleep(...)  # then retry', after: 'raise  # let the event source retry' },
          });
    }
  },
});

/**
 * Lambda's own asynchronous retries, declared in the program's language
 * beside the function (the handler then raises instead of re-invoking).
 */
function retrySuggestion(fn: Resource): Suggestion | undefined {
  const idiom = idiomOf(fn.framework);
  if (!idiom) return undefined;
  const label = `${fn.name.replace(/\W+/g, '_')}_retries`;
  return {
    before: idiom.comment('the handler invokes its own function to retry'),
    after:
      `${idiom.comment('in the handler: raise the error instead of invoking the function again')}\n` +
      idiom.declaration({
        of: newRef('aws_lambda_function_event_invoke_config', label),
        name: label.replace(/_/g, '-'),
        args: [
          ['function_name', attribute(refOf(fn), fn.framework === 'terraform' ? 'function_name' : 'name')],
          ['maximum_retry_attempts', literal(2)],
        ],
      }),
  };
}

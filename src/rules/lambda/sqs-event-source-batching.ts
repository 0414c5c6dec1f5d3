/**
 * lambda/sqs-event-source-batching: an SQS event source mapping whose batch
 * settings Lambda refuses for its queue: a batching window on a FIFO queue, a
 * batch of more than 10 messages from a FIFO queue, or a batch of more than
 * 10 messages from a standard queue without a batching window.
 */
import { cdkDuration, cdkProp } from '../../model/cdk-query.js';
import { isConditional } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, numberValue } from '../../model/values.js';
import { describeResource, writtenArgumentName } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';
import { referencedQueue } from '../sqs-fifo.js';
import { defaultsAmong, type InputValue, statedValue } from '../stated-value.js';

export default defineRule({
  meta: {
    id: 'lambda/sqs-event-source-batching',
    title: 'SQS event source batch settings Lambda refuses for the queue',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'An event source mapping from an SQS queue of the program that sets a batching window while the queue is FIFO, a batch size above 10 while the queue is FIFO, or a batch size above 10 without a batching window of at least one second while the queue is standard. Also an AWS CDK `SqsEventSource` added to a function. High when a value comes from an input default or the mapping is conditional.',
    rationale:
      'CreateEventSourceMapping refuses each: "Batching window is not supported for FIFO queues", a FIFO batch size outside 1 to 10, and "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10". The mapping (in a template, the stack) fails to deploy, and the function never receives the queue\'s messages.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const mapping of program.resources) {
      const names = MAPPINGS[mapping.type];
      if (!names) continue;
      const queue = referencedQueue(program, arg(mapping, names.source));
      if (!queue) continue;
      const setting = (name: string) => {
        const value = arg(mapping, name);
        const stated = statedValue(program, value);
        const amount = numberValue(stated?.value);
        return value && amount !== undefined
          ? { value, amount, written: writtenArgumentName(mapping, name, value), stated }
          : undefined;
      };
      const window = setting(names.window);
      // A window the program sets to what is not known here (an input without a value) may be enough.
      const windowUnknown = !window && arg(mapping, names.window) !== undefined;
      judge(program, context, mapping, queue, setting(names.batchSize), window, windowUnknown);
    }
    for (const call of program.cdkMethodCalls ?? []) {
      const source = call.method === 'addEventSource' ? call.args?.[0] : undefined;
      if (source?.kind !== 'call' || !source.name.endsWith('SqsEventSource')) continue;
      const queue = referencedQueue(program, source.args[0]);
      const props = source.args[1];
      if (!queue || props?.kind !== 'object') continue;
      const batchSize = cdkProp(props, 'batchSize');
      const window = cdkProp(props, 'maxBatchingWindow');
      const duration = cdkDuration(window);
      const seconds =
        duration && SECONDS[duration.unit] !== undefined ? duration.amount * SECONDS[duration.unit] : undefined;
      judge(
        program,
        context,
        call.resource,
        queue,
        batchSize && numberValue(batchSize) !== undefined
          ? { value: batchSize, amount: numberValue(batchSize) as number, written: 'batchSize' }
          : undefined,
        window && seconds !== undefined ? { value: window, amount: seconds, written: 'maxBatchingWindow' } : undefined,
        window !== undefined && seconds === undefined,
      );
    }
  },
});

/** Where a mapping names its source, its batch size and its batching window, by vocabulary. */
const MAPPINGS: Record<string, { source: string; batchSize: string; window: string }> = {
  aws_lambda_event_source_mapping: {
    source: 'event_source_arn',
    batchSize: 'batch_size',
    window: 'maximum_batching_window_in_seconds',
  },
  'AWS::Lambda::EventSourceMapping': {
    source: 'EventSourceArn',
    batchSize: 'BatchSize',
    window: 'MaximumBatchingWindowInSeconds',
  },
};

const SECONDS: Record<string, number> = { millis: 0.001, seconds: 1, minutes: 60, hours: 3600 };

/** The most messages Lambda reads from a queue in one batch without a batching window, and ever from a FIFO queue. */
const UNWINDOWED_BATCH = 10;

interface Setting {
  value: Value;
  amount: number;
  written: string;
  /** The value as stated, with the input it comes from, if any. */
  stated?: { input?: InputValue };
}

function judge(
  program: Program,
  context: RuleContext,
  mapping: Resource,
  { queue, fifo }: { queue: Resource; fifo: boolean },
  batchSize: Setting | undefined,
  window: Setting | undefined,
  windowUnknown = false,
): void {
  const severity = (settings: (Setting | undefined)[]) =>
    defaultsAmong(settings.map((s) => s?.stated)).fromDefaults || isConditional(program, mapping) ? 'high' : 'critical';
  const note = (settings: (Setting | undefined)[]) => defaultsAmong(settings.map((s) => s?.stated)).note;
  const from = `${describeResource(mapping)} reads ${describeResource(queue)}`;
  if (fifo && window && window.amount > 0)
    context.report({
      message: `${from}, a FIFO queue, with a batching window (${window.written}, ${window.amount} s${note([window])}): Lambda refuses it with "Batching window is not supported for FIFO queues". Remove ${window.written}; a FIFO queue's batches are read as they arrive.`,
      span: window.value.span,
      resource: mapping,
      severity: severity([window]),
    });
  if (fifo && batchSize && batchSize.amount > UNWINDOWED_BATCH)
    context.report({
      message: `${from}, a FIFO queue, in batches of ${batchSize.amount}${note([batchSize])}: Lambda reads at most ${UNWINDOWED_BATCH} messages at a time from a FIFO queue and refuses the mapping. Set ${batchSize.written} to ${UNWINDOWED_BATCH} or less.`,
      span: batchSize.value.span,
      resource: mapping,
      severity: severity([batchSize]),
    });
  if (!fifo && batchSize && batchSize.amount > UNWINDOWED_BATCH && !windowUnknown && !(window && window.amount >= 1))
    context.report({
      message: `${from} in batches of ${batchSize.amount}${note([batchSize, window])} ${window ? `with a batching window of ${window.amount} s` : 'without a batching window'}: Lambda refuses it with "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10". Set a batching window of at least 1 second, or a batch size of ${UNWINDOWED_BATCH} or less.`,
      span: batchSize.value.span,
      resource: mapping,
      severity: severity([batchSize, window]),
    });
}

/**
 * Whether an SQS queue of the program is FIFO, as the program states it: its
 * FIFO flag (`fifo_queue`, `FifoQueue`), or for an AWS CDK `sqs.Queue` a name
 * ending in `.fifo`, which CDK makes FIFO whether or not its props say so.
 */
import { cdkProp } from '../model/cdk-query.js';
import { referencedResource } from '../model/query.js';
import type { Program, Resource, Value } from '../model/types.js';
import { arg, boolValue, stringValue } from '../model/values.js';
import { statedValue } from './stated-value.js';

/** The FIFO flag of a queue, by vocabulary. */
const FIFO_FLAG: Record<string, string> = { aws_sqs_queue: 'fifo_queue', 'AWS::SQS::Queue': 'FifoQueue' };

/**
 * The queue of the program a value refers to (an ARN or URL attribute), with whether it is FIFO; undefined when
 * the value names no queue of the program, or its FIFO flag is an input without a value.
 */
export function referencedQueue(
  program: Program,
  value: Value | undefined,
): { queue: Resource; fifo: boolean } | undefined {
  const queue = referencedResource(program, value);
  if (!queue || queue.mode !== 'resource' || !Object.hasOwn(FIFO_FLAG, queue.type)) return undefined;
  if (stringValue(cdkProp(queue.construct?.props, 'queueName'))?.endsWith('.fifo')) return { queue, fifo: true };
  const flag = arg(queue, FIFO_FLAG[queue.type]);
  if (!flag) return { queue, fifo: false };
  const fifo = boolValue(statedValue(program, flag)?.value);
  return fifo === undefined ? undefined : { queue, fifo };
}

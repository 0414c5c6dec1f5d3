/**
 * lambda/reserved-concurrency-exceeds-headroom: reserved concurrency that
 * eats into the account's 100 unreserved executions.
 */
import { resourcesOfType } from '../../model/query.js';
import type { Resource } from '../../model/types.js';
import { numberValue } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { literal } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

/** Lambda keeps at least this many executions unreserved in every account. */
const UNRESERVED_MINIMUM = 100;
/** What the fix lowers a reservation to. */
const LOWERED = 10;

export default defineRule({
  meta: {
    id: 'lambda/reserved-concurrency-exceeds-headroom',
    title: 'Reserved concurrency leaves too little unreserved headroom',
    severity: 'high',
    frameworks: 'all',
    description:
      'Reserved concurrency high enough to push the account below its 100 unreserved executions (options: the account limit `accountLimit` and a per-function budget `maxPerFunction`). ' +
      "High by default, since whether it fails depends on the account's quota; critical when the configuration sets `accountLimit` and the program's reservations exceed what that limit leaves.",
    rationale:
      'Lambda refuses a reservation that leaves fewer than 100 unreserved executions: new and low-quota accounts (limit 10 or 50) fail the deployment with "Specified ReservedConcurrentExecutions ... decreases account\'s UnreservedConcurrentExecution below its minimum value of [100]".',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
    fixable: 'auto',
    options: {
      accountLimit: {
        type: 'number',
        integer: true,
        default: 1000,
        minimum: 0,
        description: "the account's Lambda concurrent executions limit",
      },
      maxPerFunction: {
        type: 'number',
        integer: true,
        default: 50,
        minimum: 0,
        description: 'reserved concurrency one function may take before it is flagged',
      },
    },
  },
  check(program, context) {
    const accountConcurrencyLimit = context.options.accountLimit as number;
    const maxReservedConcurrencyPerFunction = context.options.maxPerFunction as number;
    const reserved: { fn: Resource; amount: number }[] = [];
    for (const fn of resourcesOfType(program, 'aws_lambda_function')) {
      const amount = numberValue(fn.args.entries.find((e) => e.key === 'reserved_concurrent_executions')?.value);
      if (amount !== undefined && amount > 0) reserved.push({ fn, amount });
    }
    const total = reserved.reduce((sum, r) => sum + r.amount, 0);
    const budget = accountConcurrencyLimit - UNRESERVED_MINIMUM;
    for (const { fn, amount } of reserved) {
      if (amount <= maxReservedConcurrencyPerFunction && total <= budget) continue;
      const entry = fn.args.entries.find((e) => e.key === 'reserved_concurrent_executions')!;
      const why =
        total > budget
          ? `the program reserves ${total} in total, more than the ${budget} an account limit of ${accountConcurrencyLimit} allows while keeping ${UNRESERVED_MINIMUM} unreserved`
          : `that is above the per-function budget of ${maxReservedConcurrencyPerFunction}, and accounts with a default quota below ${amount + UNRESERVED_MINIMUM} reject it`;
      const isLiteral = entry.value.kind === 'literal';
      // Certain only against a quota the configuration states; against the default it depends on the account.
      const certain = total > budget && context.configuredOptions?.has('accountLimit') === true;
      const idiom = idiomOf(fn.framework);
      context.report({
        message:
          `Lambda function "${fn.name}" reserves ${amount} concurrent executions: ${why}. ` +
          `Remove the reservation or lower it (e.g. ${LOWERED}).`,
        span: entry.value.span,
        resource: fn,
        severity: certain ? 'critical' : undefined,
        fix: isLiteral
          ? {
              description: `Lower reserved concurrency of ${fn.name} to ${LOWERED}`,
              edits: [
                {
                  file: entry.value.span.file,
                  start: entry.value.span.start,
                  end: entry.value.span.end,
                  text: String(LOWERED),
                },
              ],
            }
          : undefined,
        suggestion: idiom && {
          before: idiom.argument('reserved_concurrent_executions', literal(amount), fn.type),
          after: `${idiom.comment('or remove the argument')}\n${idiom.argument('reserved_concurrent_executions', literal(LOWERED), fn.type)}`,
        },
      });
    }
  },
});

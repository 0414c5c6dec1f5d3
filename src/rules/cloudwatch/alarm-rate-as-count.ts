/**
 * cloudwatch/alarm-rate-as-count: an alarm meant as a rate or percentage
 * evaluated on a raw count metric, without metric math.
 */
import { resourcesOfType } from '../../model/query.js';
import type { ObjectEntry } from '../../model/types.js';
import { arg, field, numberValue, stringValue } from '../../model/values.js';
import { defineRule } from '../rule.js';
import { args, list, literal, type Code } from '../../idiom/code.js';
import { idiomOf } from '../../idiom/index.js';

/**
 * Words that say a number is a rate: "5%", "error rate", "ErrorPercentage", "ratio". Each must
 * end a word: "operations" holds "ratio", "percentile" is a statistic.
 */
const RATE_WORDS = /%|\brates?\b|percent(age)?s?\b|ratios?\b/i;
/** CloudWatch metrics that count events (`Errors`, `Throttles`, `5XXError`, `Faults`, `…Count`). */
const COUNT_METRIC = /(errors?|faults?|throttles|failures?|failed|count|rejected|xx)$/i;

export default defineRule({
  meta: {
    id: 'cloudwatch/alarm-rate-as-count',
    title: 'Alarm meant as a rate is computed on a raw count',
    severity: 'medium',
    frameworks: 'all',
    description:
      'An alarm whose name, description or threshold says it is a rate or percentage (e.g. "5% error rate") but which compares a raw count metric such as Lambda `Errors` with the threshold, without metric math.',
    rationale:
      'A count does not scale with traffic: the alarm fires on 5 errors out of a million invocations and never at 100% errors under low traffic, so rollbacks and pages depend on volume instead of the error rate.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html',
    fixable: 'suggest',
  },
  check(program, context) {
    for (const alarm of resourcesOfType(program, 'aws_cloudwatch_metric_alarm')) {
      if (arg(alarm, 'metric_query')) continue;
      const metric = stringValue(arg(alarm, 'metric_name'));
      if (!metric || !COUNT_METRIC.test(metric) || /rate|percent/i.test(metric)) continue;
      const thresholdEntry = alarm.args.entries.find((e: ObjectEntry) => e.key === 'threshold');
      const threshold = numberValue(thresholdEntry?.value);
      if (!thresholdEntry || threshold === undefined) continue;
      const said = [
        stringValue(arg(alarm, 'alarm_name')),
        stringValue(arg(alarm, 'name')),
        stringValue(arg(alarm, 'alarm_description')),
        thresholdEntry.comment,
      ].filter((t): t is string => !!t);
      const intent = said.find((t) => RATE_WORDS.test(t));
      if (!intent) continue;
      const statistic = stringValue(arg(alarm, 'statistic')) ?? 'Sum';
      const namespace = stringValue(arg(alarm, 'namespace')) ?? 'AWS/Lambda';
      const dimensions = field(alarm.args, 'dimensions') ? ' with the same dimensions' : '';
      const idiom = idiomOf(alarm.framework);
      context.report({
        message:
          `Alarm "${alarm.name}" is meant as a rate ("${intent}") but compares the raw ${statistic} of \`${metric}\` ` +
          `with ${threshold}: that is ${threshold} ${metric.toLowerCase()} per period, not ${threshold}%. ` +
          `Use metric math, e.g. 100 * ${metric.toLowerCase()} / invocations${dimensions}, and alarm on that expression.`,
        span: thresholdEntry.value.span,
        resource: alarm,
        suggestion: idiom && {
          before: idiom.argument('threshold', literal(threshold), alarm.type),
          after: [
            idiom.argument(
              'metric_query',
              list(
                args(
                  ['id', literal('rate')],
                  ['expression', literal('100 * errors / invocations')],
                  ['label', literal(`${metric} rate (%)`)],
                  ['return_data', literal(true)],
                ),
                countQuery('errors', metric, namespace),
                countQuery('invocations', 'Invocations', namespace),
              ),
              alarm.type,
            ),
            idiom.argument('threshold', literal(threshold), alarm.type),
          ].join('\n'),
        },
      });
    }
  },
});

function countQuery(id: string, metric: string, namespace: string): Code {
  return args(
    ['id', literal(id)],
    [
      'metric',
      args(
        ['metric_name', literal(metric)],
        ['namespace', literal(namespace)],
        ['period', literal(300)],
        ['stat', literal('Sum')],
      ),
    ],
  );
}

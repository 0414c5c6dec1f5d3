import { insertArgument, fixOf } from '../../fix/edits.js';
import { resourcesOfType } from '../../model/query.js';
import { arg } from '../../model/values.js';
import { argumentName, describeResource } from '../describe.js';
import { defineRule } from '../rule.js';

/** Retention written by the fix: two weeks, a common default for operational logs. */
const DEFAULT_RETENTION_DAYS = 14;

export default defineRule({
  meta: {
    id: 'cloudwatch/log-retention-missing',
    title: 'Log group without retention',
    severity: 'low',
    frameworks: 'all',
    description: 'A CloudWatch log group does not set a retention period.',
    rationale:
      'Without a retention period, log events are kept (and billed) forever; compliance baselines also ask for an explicit retention.',
    docs: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
    fixable: 'auto',
  },
  check(program, context) {
    for (const group of resourcesOfType(program, 'aws_cloudwatch_log_group')) {
      if (arg(group, 'retention_in_days')) continue;
      const name = argumentName(group, 'retention_in_days');
      context.report({
        message: `${describeResource(group)} keeps its logs forever: set ${name} (e.g. ${DEFAULT_RETENTION_DAYS}, 30, 90 or 365).`,
        span: group.headerSpan,
        resource: group,
        fix: fixOf(`Keep ${group.name}'s logs ${DEFAULT_RETENTION_DAYS} days`, [
          insertArgument(group, 'retention_in_days', String(DEFAULT_RETENTION_DAYS)),
        ]),
        suggestion: { before: `(no ${name})`, after: `${name} = ${DEFAULT_RETENTION_DAYS}` },
      });
    }
  },
});

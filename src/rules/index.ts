/**
 * The rule registry: every rule preflight runs, in catalog order.
 */
import cloudwatchAlarmRateAsCount from './cloudwatch/alarm-rate-as-count.js';
import cloudwatchLogGroupMissing from './cloudwatch/log-group-missing.js';
import pulumiOutputInString from './pulumi/output-in-string.js';
import type { Rule } from './rule.js';

export const RULES: Rule[] = [cloudwatchAlarmRateAsCount, cloudwatchLogGroupMissing, pulumiOutputInString];

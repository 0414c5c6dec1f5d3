/**
 * events/schedule-on-custom-bus: an EventBridge rule with a schedule on an
 * event bus other than the account's default bus.
 */
import { cdkProp } from '../../model/cdk-query.js';
import { isConditional, referencedResource } from '../../model/query.js';
import type { Program, Resource, Value } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { describeResource, writtenArgumentName } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';
import { defaultsAmong, statedValue } from '../stated-value.js';

export default defineRule({
  meta: {
    id: 'events/schedule-on-custom-bus',
    title: 'EventBridge schedule on a custom event bus',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      "An EventBridge rule with a schedule expression (an AWS CDK rule's `schedule`) whose event bus is one the program creates, or is named other than `default`. High when the bus name comes from an input default or the rule is conditional.",
    rationale:
      'Scheduled rules run only on the default event bus: PutRule refuses the rule ("ValidationException: ScheduleExpression is supported only on the default event bus"). The rule (in a template, the stack) fails to deploy. EventBridge Scheduler schedules, or a scheduled rule on the default bus whose target puts events on the custom bus, do the same job.',
    docs: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const rule of program.resources) {
      const names = RULES[rule.type];
      if (!names) continue;
      // An AWS CDK events.Rule states both in its props; CfnRule and templates in CloudFormation's names.
      const props = rule.construct?.api === 'aws_events.Rule' ? rule.construct.props : undefined;
      if (props) checkRule(program, context, rule, cdkProp(props, 'schedule'), cdkProp(props, 'eventBus'), 'eventBus');
      else checkRule(program, context, rule, arg(rule, names.schedule), arg(rule, names.bus), names.bus);
    }
  },
});

/** Where a rule states its schedule and its bus, by vocabulary. */
const RULES: Record<string, { schedule: string; bus: string }> = {
  aws_cloudwatch_event_rule: { schedule: 'schedule_expression', bus: 'event_bus_name' },
  'AWS::Events::Rule': { schedule: 'ScheduleExpression', bus: 'EventBusName' },
};

const BUSES = new Set(['aws_cloudwatch_event_bus', 'AWS::Events::EventBus']);

function checkRule(
  program: Program,
  context: RuleContext,
  rule: Resource,
  schedule: Value | undefined,
  busValue: Value | undefined,
  busSetting: string,
): void {
  if (!schedule || !busValue) return;
  const bus = referencedResource(program, busValue);
  const stated = bus ? undefined : statedValue(program, busValue);
  const name = stated && stringValue(stated.value);
  // The default bus may be named by its name or its ARN (`arn:aws:events:<region>:<account>:event-bus/default`).
  const custom = bus
    ? bus.mode === 'resource' && BUSES.has(bus.type)
    : name !== undefined && name !== 'default' && !name.endsWith('/default');
  if (!custom) return;
  const defaults = defaultsAmong([stated]);
  const written = writtenArgumentName(rule, busSetting, busValue);
  context.report({
    message: `${describeResource(rule)} runs on a schedule on ${bus ? describeResource(bus) : `the event bus "${name}"${defaults.note}`}, a custom event bus: EventBridge refuses the rule ("ScheduleExpression is supported only on the default event bus"). Remove ${written} so the rule runs on the default bus, and have its target put events on the custom bus if they belong there.`,
    span: busValue.span,
    resource: rule,
    severity: defaults.fromDefaults || isConditional(program, rule) ? 'high' : 'critical',
    related: [{ message: 'the schedule', span: schedule.span }],
  });
}

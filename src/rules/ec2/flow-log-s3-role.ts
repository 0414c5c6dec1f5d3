/**
 * ec2/flow-log-s3-role: a VPC flow log delivered to S3 that also names an
 * IAM role for delivery, which S3 delivery does not take.
 */
import { isConditional, resourcesOfType } from '../../model/query.js';
import type { Program, Resource } from '../../model/types.js';
import { arg, stringValue } from '../../model/values.js';
import { describeResource, writtenArgumentName } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

/** Where each vocabulary names the destination type and the delivery role. */
const FLOW_LOGS = [
  { type: 'aws_flow_log', destinationType: 'log_destination_type', role: 'iam_role_arn' },
  { type: 'AWS::EC2::FlowLog', destinationType: 'LogDestinationType', role: 'DeliverLogsPermissionArn' },
];

export default defineRule({
  meta: {
    id: 'ec2/flow-log-s3-role',
    title: 'Flow log to S3 with a delivery role',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A VPC flow log whose destination type is `s3` and that sets `iam_role_arn` (`DeliverLogsPermissionArn` in templates). High when the flow log is conditional.',
    rationale:
      'The CreateFlowLogs reference says not to specify DeliverLogsPermissionArn with an S3 destination, and the call is refused when it is ("InvalidParameter: DeliverLogsPermissionArn is not applicable for s3 delivery"), so the flow log is never created. S3 delivery is authorised by the bucket policy instead. (Firehose delivery takes a role, for another account\'s stream.)',
    docs: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateFlowLogs.html',
    fixable: 'none',
  },
  check(program, context) {
    for (const names of FLOW_LOGS)
      for (const flowLog of resourcesOfType(program, names.type)) check(program, context, flowLog, names);
  },
});

function check(program: Program, context: RuleContext, flowLog: Resource, names: (typeof FLOW_LOGS)[number]): void {
  const destination = stringValue(arg(flowLog, names.destinationType))?.toLowerCase();
  const role = arg(flowLog, names.role);
  if (!role || destination !== 's3') return;
  const written = writtenArgumentName(flowLog, names.role, role);
  context.report({
    message: `${describeResource(flowLog)} delivers to S3 and sets ${written}, which S3 delivery does not take: creating the flow log fails with "DeliverLogsPermissionArn is not applicable for s3 delivery". Remove ${written} (and the role, if nothing else uses it); the bucket policy authorises S3 delivery.`,
    span: role.span,
    resource: flowLog,
    severity: isConditional(program, flowLog) ? 'high' : 'critical',
  });
}

/**
 * lambda/vpc-without-eni-permissions: a Lambda function attached to a VPC
 * whose execution role is granted no way to create network interfaces.
 */
import { isConditional } from '../../model/query.js';
import { definedRole, isHigherLevelConstruct, roleGrants, roleMayAllow } from '../../model/role-grants.js';
import type { Program, Resource } from '../../model/types.js';
import { arg } from '../../model/values.js';
import { describeResource } from '../describe.js';
import { CODE_FRAMEWORKS, defineRule, type RuleContext } from '../rule.js';

export default defineRule({
  meta: {
    id: 'lambda/vpc-without-eni-permissions',
    title: 'VPC Lambda function whose role cannot create network interfaces',
    severity: 'critical',
    frameworks: [...CODE_FRAMEWORKS, 'cloudformation', 'cdk-ts', 'cdk-py'],
    description:
      'A Lambda function (or a CloudWatch Synthetics canary, which runs as one) with subnets in its VPC configuration whose execution role, defined in the program with every policy readable, is granted ec2:CreateNetworkInterface by none of them (no AWSLambdaVPCAccessExecutionRole, no statement allowing it). Roles with AWS managed policies other than AWSLambdaBasicExecutionRole are given the benefit of the doubt. High when the function is conditional.',
    rationale:
      'Lambda creates the function\'s network interfaces with its execution role, and checks the permission when the function is created: "InvalidParameterValueException: The provided execution role does not have permissions to call CreateNetworkInterface on EC2". The function (in a template, the stack) fails to deploy.',
    docs: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html#configuration-vpc-permissions',
    fixable: 'none',
  },
  check(program, context) {
    for (const fn of program.resources) {
      const paths = VPC_FUNCTIONS[fn.type];
      if (paths) check(program, context, fn, paths.subnets, paths.role);
    }
  },
});

/** Resources that run as Lambda functions with a role of the program, and where their subnets and role are. */
const VPC_FUNCTIONS: Record<string, { subnets: string; role: string }> = {
  aws_lambda_function: { subnets: 'vpc_config.subnet_ids', role: 'role' },
  'AWS::Lambda::Function': { subnets: 'VpcConfig.SubnetIds', role: 'Role' },
  // A CloudWatch Synthetics canary runs as a Lambda function: a canary in a VPC fails the same way.
  aws_synthetics_canary: { subnets: 'vpc_config.subnet_ids', role: 'execution_role_arn' },
  'AWS::Synthetics::Canary': { subnets: 'VPCConfig.SubnetIds', role: 'ExecutionRoleArn' },
};

/** The managed policy AWS provides for this. */
const VPC_ACCESS_POLICY = 'AWSLambdaVPCAccessExecutionRole';

function check(program: Program, context: RuleContext, fn: Resource, subnetsPath: string, rolePath: string): void {
  const subnets = arg(fn, subnetsPath);
  if (!subnets || (subnets.kind === 'list' && subnets.items.length === 0)) return;
  // An AWS CDK Function construct that makes its own role gives it the VPC policy.
  const role = definedRole(program, arg(fn, rolePath));
  if (!role || isHigherLevelConstruct(fn) || roleMayAllow(roleGrants(program, role), 'ec2:CreateNetworkInterface'))
    return;
  context.report({
    message: `${describeResource(fn)} runs in a VPC, but its role ${describeResource(role)} is not allowed ec2:CreateNetworkInterface: Lambda refuses to create the function ("The provided execution role does not have permissions to call CreateNetworkInterface on EC2"). Attach the AWS managed policy ${VPC_ACCESS_POLICY} to the role, or allow ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface.`,
    span: subnets.span,
    resource: fn,
    severity: isConditional(program, fn) ? 'high' : 'critical',
    related: [{ message: `the role, ${describeResource(role)}`, span: role.headerSpan ?? role.span }],
  });
}

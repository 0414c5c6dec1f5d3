/**
 * AWS CDK constructs as the CloudFormation resources they synthesize, for the
 * TypeScript and Python readers. L1 classes (`CfnBucket`) are their
 * CloudFormation type (from the API index) with props renamed to the
 * specification's property names at every level. The L2 constructs the
 * corpus uses most (scripts/cdk-census.ts measures it) map to the resource
 * they synthesize, with the props that become one of its properties as-is;
 * the rest of an L2's behaviour (defaults, generated policies) is not
 * modelled, so its other props are left out rather than guessed.
 */
import { snakeCase } from '../../model/names.js';
import type { ObjectEntry, ObjectValue, Value } from '../../model/types.js';
import { PSEUDO_PARAMETERS } from '../../model/cloudformation.js';
import { cdkCfnType, cdkModuleOfSpecifier } from '../../schema/cdk-api.js';
import { cfnObjectShape, cfnResourceShape, type CfnShape } from '../../schema/cloudformation.js';

export interface ConstructModel {
  /** The CloudFormation type the construct synthesizes. */
  type: string;
  /** Props (camelCase, as TypeScript writes them) → the property they set. */
  props: Record<string, string>;
}

/**
 * The modelled L2 constructs by `<module>.<Class>`. Only props that CDK
 * passes through unchanged to one property are listed: names (what makes two
 * deployments collide), keys and a few plain settings.
 */
export const L2_CONSTRUCTS: Record<string, ConstructModel> = {
  'aws_s3.Bucket': { type: 'AWS::S3::Bucket', props: { bucketName: 'BucketName' } },
  'aws_lambda.Function': {
    type: 'AWS::Lambda::Function',
    props: { functionName: 'FunctionName', reservedConcurrentExecutions: 'ReservedConcurrentExecutions' },
  },
  'aws_lambda_nodejs.NodejsFunction': { type: 'AWS::Lambda::Function', props: { functionName: 'FunctionName' } },
  'aws_dynamodb.Table': {
    type: 'AWS::DynamoDB::Table',
    props: { tableName: 'TableName', deletionProtection: 'DeletionProtectionEnabled' },
  },
  'aws_dynamodb.TableV2': { type: 'AWS::DynamoDB::GlobalTable', props: { tableName: 'TableName' } },
  'aws_iam.Role': { type: 'AWS::IAM::Role', props: { roleName: 'RoleName', path: 'Path' } },
  'aws_iam.ManagedPolicy': { type: 'AWS::IAM::ManagedPolicy', props: { managedPolicyName: 'ManagedPolicyName' } },
  'aws_iam.User': { type: 'AWS::IAM::User', props: { userName: 'UserName' } },
  'aws_iam.Group': { type: 'AWS::IAM::Group', props: { groupName: 'GroupName' } },
  'aws_sqs.Queue': { type: 'AWS::SQS::Queue', props: { queueName: 'QueueName', fifo: 'FifoQueue' } },
  'aws_sns.Topic': { type: 'AWS::SNS::Topic', props: { topicName: 'TopicName', displayName: 'DisplayName' } },
  'aws_kms.Key': {
    type: 'AWS::KMS::Key',
    props: { description: 'Description', enableKeyRotation: 'EnableKeyRotation' },
  },
  'aws_kms.Alias': { type: 'AWS::KMS::Alias', props: { aliasName: 'AliasName' } },
  'aws_logs.LogGroup': { type: 'AWS::Logs::LogGroup', props: { logGroupName: 'LogGroupName' } },
  'aws_ec2.SecurityGroup': {
    type: 'AWS::EC2::SecurityGroup',
    props: { securityGroupName: 'GroupName', description: 'GroupDescription' },
  },
  'aws_ecs.Cluster': { type: 'AWS::ECS::Cluster', props: { clusterName: 'ClusterName' } },
  'aws_ecr.Repository': { type: 'AWS::ECR::Repository', props: { repositoryName: 'RepositoryName' } },
  'aws_elasticloadbalancingv2.ApplicationLoadBalancer': {
    type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    props: { loadBalancerName: 'Name' },
  },
  'aws_elasticloadbalancingv2.ApplicationTargetGroup': {
    type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    props: { targetGroupName: 'Name' },
  },
  'aws_secretsmanager.Secret': { type: 'AWS::SecretsManager::Secret', props: { secretName: 'Name' } },
  'aws_ssm.StringParameter': { type: 'AWS::SSM::Parameter', props: { parameterName: 'Name', type: 'Type' } },
  'aws_apigateway.RestApi': { type: 'AWS::ApiGateway::RestApi', props: { restApiName: 'Name' } },
  'aws_apigateway.LambdaRestApi': { type: 'AWS::ApiGateway::RestApi', props: { restApiName: 'Name' } },
  'aws_cloudwatch.Alarm': { type: 'AWS::CloudWatch::Alarm', props: { alarmName: 'AlarmName' } },
  'aws_cloudwatch.Dashboard': { type: 'AWS::CloudWatch::Dashboard', props: { dashboardName: 'DashboardName' } },
  'aws_events.Rule': { type: 'AWS::Events::Rule', props: { ruleName: 'Name' } },
  'aws_events.EventBus': { type: 'AWS::Events::EventBus', props: { eventBusName: 'Name' } },
  'aws_stepfunctions.StateMachine': {
    type: 'AWS::StepFunctions::StateMachine',
    props: { stateMachineName: 'StateMachineName' },
  },
  'aws_kinesis.Stream': { type: 'AWS::Kinesis::Stream', props: { streamName: 'Name' } },
  'aws_cognito.UserPool': { type: 'AWS::Cognito::UserPool', props: { userPoolName: 'UserPoolName' } },
  'aws_rds.DatabaseInstance': {
    type: 'AWS::RDS::DBInstance',
    props: {
      instanceIdentifier: 'DBInstanceIdentifier',
      deletionProtection: 'DeletionProtection',
      enablePerformanceInsights: 'EnablePerformanceInsights',
    },
  },
  'aws_rds.DatabaseCluster': {
    type: 'AWS::RDS::DBCluster',
    props: { clusterIdentifier: 'DBClusterIdentifier', deletionProtection: 'DeletionProtection' },
  },
  'aws_ec2.Vpc': { type: 'AWS::EC2::VPC', props: {} },
  'aws_ec2.Instance': { type: 'AWS::EC2::Instance', props: {} },
  'aws_autoscaling.AutoScalingGroup': {
    type: 'AWS::AutoScaling::AutoScalingGroup',
    props: { autoScalingGroupName: 'AutoScalingGroupName' },
  },
  'aws_ecs.FargateService': { type: 'AWS::ECS::Service', props: { serviceName: 'ServiceName' } },
  'aws_ecs.FargateTaskDefinition': { type: 'AWS::ECS::TaskDefinition', props: { family: 'Family' } },
  'aws_cloudtrail.Trail': { type: 'AWS::CloudTrail::Trail', props: { trailName: 'TrailName' } },
  'aws_rds.SubnetGroup': { type: 'AWS::RDS::DBSubnetGroup', props: { subnetGroupName: 'DBSubnetGroupName' } },
  'aws_rds.ParameterGroup': { type: 'AWS::RDS::DBParameterGroup', props: {} },
  'aws_ec2.LaunchTemplate': { type: 'AWS::EC2::LaunchTemplate', props: { launchTemplateName: 'LaunchTemplateName' } },
  'aws_ec2.FlowLog': { type: 'AWS::EC2::FlowLog', props: {} },
  'aws_ec2.InterfaceVpcEndpoint': { type: 'AWS::EC2::VPCEndpoint', props: { privateDnsEnabled: 'PrivateDnsEnabled' } },
  'aws_ec2.GatewayVpcEndpoint': { type: 'AWS::EC2::VPCEndpoint', props: {} },
  'aws_ec2.NetworkAcl': { type: 'AWS::EC2::NetworkAcl', props: {} },
  'aws_cloudfront.Distribution': { type: 'AWS::CloudFront::Distribution', props: {} },
  'aws_route53.ARecord': { type: 'AWS::Route53::RecordSet', props: {} },
  'aws_config.ManagedRule': { type: 'AWS::Config::ConfigRule', props: { configRuleName: 'ConfigRuleName' } },
  'aws_codebuild.PipelineProject': { type: 'AWS::CodeBuild::Project', props: { projectName: 'Name' } },
  'aws_codebuild.Project': { type: 'AWS::CodeBuild::Project', props: { projectName: 'Name' } },
  'aws_codepipeline.Pipeline': { type: 'AWS::CodePipeline::Pipeline', props: { pipelineName: 'Name' } },
  // An inline policy's name is unique within its role only: not modelled as a name.
  'aws_iam.Policy': { type: 'AWS::IAM::Policy', props: {} },
  'aws_iam.InstanceProfile': {
    type: 'AWS::IAM::InstanceProfile',
    props: { instanceProfileName: 'InstanceProfileName' },
  },
  'aws_logs.MetricFilter': { type: 'AWS::Logs::MetricFilter', props: {} },
  'aws_lambda.Alias': { type: 'AWS::Lambda::Alias', props: {} },
  'aws_apigateway.RequestValidator': { type: 'AWS::ApiGateway::RequestValidator', props: {} },
  'aws_apigateway.ApiKey': { type: 'AWS::ApiGateway::ApiKey', props: { apiKeyName: 'Name' } },
  'aws_apigateway.UsagePlan': { type: 'AWS::ApiGateway::UsagePlan', props: { name: 'UsagePlanName' } },
};

export interface CdkConstruct {
  type: string;
  /** An L1 class: its props are the whole resource. */
  l1: boolean;
  model?: ConstructModel;
}

/** What `new <module>.<Class>(scope, id, props)` synthesizes, when preflight models it. */
export function cdkConstruct(qualified: string): CdkConstruct | undefined {
  const cfn = cdkCfnType(qualified);
  if (cfn) return { type: cfn, l1: true };
  const model = Object.hasOwn(L2_CONSTRUCTS, qualified) ? L2_CONSTRUCTS[qualified] : undefined;
  return model ? { type: model.type, l1: false, model } : undefined;
}

/**
 * The CloudFormation properties of a construct's props: an L1's props renamed
 * to the specification's names at every level (`bucketName` → `BucketName`,
 * Python's `bucket_name` too); an L2's modelled props only.
 */
export function cdkProperties(construct: CdkConstruct, props: ObjectValue): ObjectValue {
  if (construct.l1) return renameObject(props, cfnResourceShape(construct.type));
  const model = construct.model!;
  const entries: ObjectEntry[] = [];
  for (const entry of props.entries) {
    const camel = entry.key.includes('_') ? camelOf(entry.key) : entry.key;
    const property = Object.hasOwn(model.props, camel) ? model.props[camel] : undefined;
    if (property) entries.push({ ...entry, key: property });
  }
  return { ...props, entries };
}

function camelOf(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `bucketName` / `bucket_name` → the shape's `BucketName`; unknown names in PascalCase. */
function propertyName(key: string, shape: CfnShape | undefined): string {
  const flat = key.replace(/_/g, '').toLowerCase();
  if (shape) for (const name of Object.keys(shape.p)) if (name.toLowerCase() === flat) return name;
  const camel = key.includes('_') ? camelOf(snakeCase(key)) : key;
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

function renameObject(object: ObjectValue, shape: CfnShape | undefined): ObjectValue {
  return {
    ...object,
    entries: object.entries.map((entry) => {
      const key = propertyName(entry.key, shape);
      const code = shape?.p[key];
      // Tags and JSON documents (policies) keep their keys as written.
      const nested = code && code !== '{json}' ? cfnObjectShape(code) : undefined;
      const value = nested ? renameValue(entry.value, nested) : entry.value;
      // The name as written stays with the entry, for messages in the program's own terms.
      return key === entry.key ? { ...entry, value } : { ...entry, key, value, written: entry.written ?? entry.key };
    }),
  };
}

function renameValue(value: Value, shape: CfnShape): Value {
  if (value.kind === 'object') return renameObject(value, shape);
  if (value.kind === 'list') return { ...value, items: value.items.map((item) => renameValue(item, shape)) };
  return value;
}

/**
 * The API index name of a path read from an aws-cdk-lib import: the module
 * import's own module (`aws-cdk-lib/aws-s3` + `Bucket`), or a module member of
 * the root (`aws-cdk-lib` + `aws_s3.Bucket`); undefined for other packages.
 */
export function cdkPath(specifier: string, path: readonly string[]): string[] | undefined {
  const module = cdkModuleOfSpecifier(specifier);
  if (module === undefined) return undefined;
  return module ? [module, ...path] : [...path];
}

/** `aws_s3.Bucket` from a path (`['aws_s3', 'Bucket']`, or `['Duration']` at the root). */
export function qualifiedName(path: readonly string[]): string {
  return path.join('.');
}

/** `Aws.ACCOUNT_ID` (`Aws.ACCOUNT_ID` in Python too): the pseudo parameter it stands for. */
export function cdkPseudoParameter(path: readonly string[]): string | undefined {
  if (path.length !== 2 || path[0] !== 'Aws') return undefined;
  const flat = path[1].replace(/_/g, '').toLowerCase();
  return [...PSEUDO_PARAMETERS].find((name) => name.replace(/^AWS::/, '').toLowerCase() === flat);
}

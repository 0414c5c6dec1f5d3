/**
 * Resource types whose physical name cannot make two deployments collide, or
 * for which a different name would not help. Neither the CloudFormation
 * resource specification nor the AWS provider schema records whether a name
 * must be unique (a generated primary identifier does not tell: a secret or a
 * load balancer has one, yet its name must be unique), so the types are listed
 * here, in both vocabularies, each with the documented reason.
 */

interface NameScope {
  terraform: string[];
  cloudformation: string[];
  why: string;
}

/** Types whose names may repeat in an account and region: AWS tells them apart by a generated ID. */
const NAMES_NEED_NOT_BE_UNIQUE: NameScope[] = [
  {
    terraform: ['aws_api_gateway_rest_api', 'aws_apigatewayv2_api'],
    cloudformation: ['AWS::ApiGateway::RestApi', 'AWS::ApiGatewayV2::Api'],
    why: 'API Gateway identifies APIs by a generated ID (restapis/{id}, apis/{id}); their names need not be unique',
  },
  {
    terraform: ['aws_api_gateway_usage_plan'],
    cloudformation: ['AWS::ApiGateway::UsagePlan'],
    why: 'API Gateway identifies usage plans by a generated ID (usageplans/{id}); their names need not be unique',
  },
  {
    terraform: ['aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy'],
    cloudformation: ['AWS::IAM::Policy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy'],
    why: 'an inline policy is named within the role, user or group that embeds it',
  },
  {
    terraform: ['aws_route53_zone'],
    cloudformation: ['AWS::Route53::HostedZone'],
    why: 'Route 53 identifies hosted zones by a generated ID; several zones may share a domain name',
  },
  {
    terraform: ['aws_cognito_user_pool'],
    cloudformation: ['AWS::Cognito::UserPool'],
    why: 'Cognito identifies user pools by a generated ID; pool names need not be unique',
  },
];

/**
 * Types of which an account holds one per region whatever the name: a second
 * deployment fails on them however they are named, so a suffix is no advice.
 */
const ONE_PER_REGION: NameScope[] = [
  {
    terraform: ['aws_config_configuration_recorder', 'aws_config_delivery_channel'],
    cloudformation: ['AWS::Config::ConfigurationRecorder', 'AWS::Config::DeliveryChannel'],
    why: 'AWS Config allows one configuration recorder and one delivery channel per region and account',
  },
  {
    terraform: ['aws_guardduty_detector'],
    cloudformation: ['AWS::GuardDuty::Detector'],
    why: 'GuardDuty allows one detector per region and account',
  },
  {
    terraform: ['aws_securityhub_account'],
    cloudformation: ['AWS::SecurityHub::Hub'],
    why: 'Security Hub is enabled once per region and account',
  },
  {
    terraform: ['aws_macie2_account'],
    cloudformation: ['AWS::Macie::Session'],
    why: 'Amazon Macie is enabled once per region and account',
  },
  {
    terraform: ['aws_detective_graph'],
    cloudformation: ['AWS::Detective::Graph'],
    why: 'Amazon Detective allows one behavior graph per region and account',
  },
];

/**
 * Types that name a resource of their own service (a key, a role, a subnet group, a cluster)
 * yet whose names are unique in the whole account and region, not within that resource.
 */
const UNIQUE_BESIDE_THEIR_TARGET: NameScope[] = [
  {
    terraform: ['aws_kms_alias'],
    cloudformation: ['AWS::KMS::Alias'],
    why: 'KMS alias names are unique in an account and region, whatever key they point to',
  },
  {
    terraform: ['aws_iam_instance_profile'],
    cloudformation: ['AWS::IAM::InstanceProfile'],
    why: 'IAM instance profile names are unique in an account, whatever role they hold',
  },
  {
    terraform: ['aws_db_instance', 'aws_rds_cluster_instance'],
    cloudformation: ['AWS::RDS::DBInstance'],
    why: 'DB instance identifiers are unique in an account and region, whatever subnet group or cluster they use',
  },
];

function find(scopes: NameScope[], type: string): NameScope | undefined {
  return scopes.find((s) => s.terraform.includes(type) || s.cloudformation.includes(type));
}

/** Why a type's name need not be unique (undefined when it must). */
export function nameNeedNotBeUnique(type: string): string | undefined {
  return find(NAMES_NEED_NOT_BE_UNIQUE, type)?.why;
}

/** Why an account holds one resource of a type per region (undefined when it may hold more). */
export function onePerRegion(type: string): string | undefined {
  return find(ONE_PER_REGION, type)?.why;
}

/** Why a type's name is unique in the account although it names a resource of its own service (undefined otherwise). */
export function uniqueBesideTarget(type: string): string | undefined {
  return find(UNIQUE_BESIDE_THEIR_TARGET, type)?.why;
}

/** Every type named in the tables, for a test that they exist in the schemas. */
export function nameScopeTypes(): { terraform: string[]; cloudformation: string[] } {
  const all = [...NAMES_NEED_NOT_BE_UNIQUE, ...ONE_PER_REGION, ...UNIQUE_BESIDE_THEIR_TARGET];
  return { terraform: all.flatMap((s) => s.terraform), cloudformation: all.flatMap((s) => s.cloudformation) };
}

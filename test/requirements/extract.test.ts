/**
 * Extraction on request texts written here: every kind, with negations and
 * near-misses that must ask for nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRequirement } from '../../src/requirements/describe.js';
import { extractRequirements } from '../../src/requirements/extract.js';
import { SERVICES } from '../../src/requirements/services.js';
import { isKnownType } from '../../src/schema/aws-provider.js';
import { cfnResourceTypes } from '../../src/schema/cloudformation.js';

/** `line: description` of every requirement read from `text`. */
function read(text: string, kinds?: string[]): string[] {
  return extractRequirements(text, 'REQUEST.md')
    .requirements.filter((r) => !kinds || kinds.includes(r.kind))
    .map((r) => `${r.source.line}: ${describeRequirement(r)}`);
}

/** Settings only (a sentence asking for a setting may name the service too). */
const SETTINGS = ['setting'];

test('regions: a deployment sentence, a metadata line, several regions; not a region named as an example to avoid', () => {
  assert.deepEqual(read('Deploy everything to the eu-west-1 region.'), ['1: region: eu-west-1']);
  assert.deepEqual(read('> Region: **us-east-1**'), ['1: region: us-east-1']);
  assert.deepEqual(read('Deploy the primary stack in us-east-1 and the replica in us-west-2.'), [
    '1: region: us-east-1 or us-west-2',
  ]);
  assert.deepEqual(read('- **DO NOT** hardcode:\n  - Regions: Hardcoded `us-east-1` in resource names'), []);
  assert.deepEqual(read('The team is based in eu-west-1.'), []);
});

test('naming: the suffix variable every name includes, as code or as a word', () => {
  assert.deepEqual(read('All resources must use the `environmentSuffix` variable in their names.'), [
    '1: naming: every name includes environmentSuffix',
  ]);
  assert.deepEqual(read('Resource names must include `${props.environmentSuffix}`.'), [
    '1: naming: every name includes environmentSuffix',
  ]);
  assert.deepEqual(read('Ensure names include environment_suffix for uniqueness.'), [
    '1: naming: every name includes environment_suffix',
  ]);
});

test('forbidden constructs: each phrasing; a permitted construct is not forbidden', () => {
  assert.deepEqual(read('IAM roles must use managed policies, no inline policies allowed.', ['forbidden']), [
    '1: forbidden: inline-policy',
  ]);
  assert.deepEqual(read('Use managed policies instead of inline policies.', ['forbidden']), [
    '1: forbidden: inline-policy',
  ]);
  assert.deepEqual(read('Inline policies are fine for the build role.', ['forbidden']), []);
  assert.deepEqual(read('Follow the principle of least privilege.', ['forbidden']), [
    '1: forbidden: broad-permissions',
  ]);
  assert.deepEqual(read('Never use wildcard (*) actions in IAM policies.', ['forbidden']), [
    '1: forbidden: wildcard-action',
  ]);
  assert.deepEqual(read('Do not grant wildcard permissions on resources.', ['forbidden']), [
    '1: forbidden: wildcard-resource',
  ]);
  assert.deepEqual(read('Block all public access on S3 buckets.', ['forbidden']), ['1: forbidden: public-bucket']);
  assert.deepEqual(read('The website bucket allows public read access.', ['forbidden']), []);
  assert.deepEqual(read('Do not hardcode passwords or API keys in the code.', ['forbidden']), [
    '1: forbidden: hardcoded-secret',
  ]);
});

test('settings: numbers with their units', () => {
  assert.deepEqual(read('Configure CloudWatch Logs with 7-day retention.', SETTINGS), [
    '1: setting: log-retention-days = 7',
  ]);
  assert.deepEqual(read('Retain logs for one year.', SETTINGS), ['1: setting: log-retention-days = 365']);
  assert.deepEqual(read('Each Lambda function gets 1 GB of memory.', SETTINGS), [
    '1: setting: lambda-memory-mb = 1024',
  ]);
  assert.deepEqual(read('The Lambda function times out after 3 minutes.', SETTINGS), [
    '1: setting: lambda-timeout-seconds = 180',
  ]);
  assert.deepEqual(read('Set reserved concurrency to 10 for the function.', SETTINGS), [
    '1: setting: reserved-concurrency = 10',
  ]);
  assert.deepEqual(read('Provisioned concurrency of 5 on the live alias.', SETTINGS), [
    '1: setting: provisioned-concurrency = 5',
  ]);
  assert.deepEqual(read('Lambda runtime: Python 3.11', SETTINGS), ['1: setting: lambda-runtime python 3.11']);
  assert.deepEqual(read('Requires Pulumi CLI 3.x, Node.js 18+, TypeScript 5.x.', SETTINGS), []);
});

test('settings: switches, and the key a request names for encryption', () => {
  assert.deepEqual(read('All S3 buckets must have versioning enabled.', SETTINGS), ['1: setting: versioning = true']);
  assert.deepEqual(read('Enable point-in-time recovery on every table.', SETTINGS), [
    '1: setting: point-in-time-recovery = true',
  ]);
  assert.deepEqual(read('All resources must be destroyable.', SETTINGS), ['1: setting: deletion-protection = false']);
  assert.deepEqual(read('Enable deletion protection on the database.', SETTINGS), [
    '1: setting: deletion-protection = true',
  ]);
  assert.deepEqual(read('Do not enable deletion protection.', SETTINGS), ['1: setting: deletion-protection = false']);
  assert.deepEqual(read('The RDS database must be Multi-AZ.', SETTINGS), ['1: setting: multi-az = true']);
  assert.deepEqual(read('Encrypt data at rest with customer-managed KMS keys.', SETTINGS), [
    '1: setting: encryption-at-rest with customer-managed keys',
  ]);
  assert.deepEqual(read('Encrypt Lambda environment variables with KMS.', SETTINGS), [
    '1: setting: lambda-env-encryption with kms keys',
  ]);
});

test('near-misses: optional, conditional and hypothetical settings ask for nothing', () => {
  assert.deepEqual(read('Encryption at rest with KMS is optional.'), []);
  assert.deepEqual(read('Versioning is not required for the log bucket.'), []);
  assert.deepEqual(read('If Multi-AZ is required, set the RDS backup retention to 1 day.'), []);
  assert.deepEqual(read('You may add point-in-time recovery later.'), []);
  assert.deepEqual(read('### Optional enhancements\n\n- Enable versioning on the bucket.'), []);
});

test('tags: key=value lists, quoted pairs and keys written as code', () => {
  assert.deepEqual(read('Apply required tags: Environment=production, Team=payments, CostCenter=fintech'), [
    '1: tags: Environment=production, Team=payments, CostCenter=fintech',
  ]);
  assert.deepEqual(read("Tags all resources with 'Environment: Production'."), ['1: tags: Environment=Production']);
  assert.deepEqual(read('Every resource is tagged with `Owner` and `Project`.'), ['1: tags: Owner, Project']);
  assert.deepEqual(read('Resources are properly tagged.'), []);
});

test('services: what a sentence asks to build, not what it mentions', () => {
  assert.deepEqual(read('Create an SQS queue with a dead-letter queue.'), ['1: service: SQS (aws_sqs_queue)']);
  assert.deepEqual(read('- An API Gateway REST API that triggers the function.'), [
    '1: service: API Gateway (aws_api_gateway_rest_api | aws_apigatewayv2_api)',
  ]);
  assert.deepEqual(read('The existing RDS database stays as it is.'), []);
  assert.deepEqual(read('Do not create GuardDuty detectors or CloudTrail trails.'), []);
});

test('each requirement keeps its line; a repeated requirement is kept once, at its first line', () => {
  const text = [
    '# Request',
    '',
    'Deploy to us-east-1.',
    '',
    '```ts',
    'region: "eu-west-1"',
    '```',
    '',
    'Region: us-east-1',
  ].join('\n');
  assert.deepEqual(read(text), ['3: region: us-east-1']);
});

test('text that is not Markdown, or empty, gives no error', () => {
  assert.deepEqual(read(''), []);
  assert.deepEqual(read('\u0000\u0001 ]]] ``` <<<'), []);
  assert.ok(Array.isArray(read('- '.repeat(5000))));
});

test('every resource type a service stands for is a type of the AWS provider schema', () => {
  for (const service of SERVICES)
    for (const type of service.types)
      assert.ok(isKnownType(type), `${service.service}: ${type} is not a provider type`);
});

test('every CloudFormation type a service stands for is a type of the CloudFormation specification', () => {
  const known = new Set(cfnResourceTypes());
  for (const service of SERVICES)
    for (const type of service.cfnTypes)
      assert.ok(known.has(type) || type.startsWith('AWS::Serverless::'), `${service.service}: ${type} is unknown`);
});

test('regions: "both" and primary/secondary ask for every region; a list of choices asks for one', () => {
  assert.deepEqual(read('The environment needs to run in both us-east-1 and us-west-2.', ['region']), [
    '1: region: us-east-1 and us-west-2',
  ]);
  assert.deepEqual(read('Primary Region: us-east-1 | Secondary Region: us-west-2', ['region']), [
    '1: region: us-east-1 and us-west-2',
  ]);
  assert.deepEqual(read('Deploy to us-east-1 or eu-west-1, whichever is closer.', ['region']), [
    '1: region: us-east-1 or eu-west-1',
  ]);
});

test('settings: MFA delete, key rotation, key policies, session duration, timeout ranges', () => {
  assert.deepEqual(read('- Enable MFA delete protection on the bucket', SETTINGS), ['1: setting: mfa-delete = true']);
  assert.deepEqual(read('- MFA Delete enabled (but do not enable deletion protection on other resources)', SETTINGS), [
    '1: setting: mfa-delete = true',
    '1: setting: deletion-protection = false',
  ]);
  assert.deepEqual(read('Do not enable MFA delete on the logs bucket.', SETTINGS), []);
  assert.deepEqual(read('Create KMS keys with:\n\n- Automatic rotation turned on', SETTINGS), [
    '3: setting: key-rotation = true',
  ]);
  assert.deepEqual(read('KMS key rotation must be enabled with annual rotation schedule.', SETTINGS), [
    '1: setting: key-rotation = true',
  ]);
  // Secrets rotate too, but that is not a key's rotation.
  assert.deepEqual(
    read('Store the database password in Secrets Manager with automatic rotation enabled.', SETTINGS),
    [],
  );
  assert.deepEqual(read('- Key policies that restrict access to specific KMS principals', SETTINGS), [
    '1: setting: key-policy = true',
  ]);
  assert.deepEqual(read('Each IAM role must have a maximum session duration of 1 hour (3600 seconds).', SETTINGS), [
    '1: setting: max-session-duration-seconds = 3600',
  ]);
  assert.deepEqual(read('**Lambda Functions**\n\n- Timeouts between 30-300 seconds', SETTINGS), [
    '3: setting: lambda-timeout-seconds between 30 and 300',
  ]);
  assert.deepEqual(read('The Lambda function times out after 30 seconds.', SETTINGS), [
    '1: setting: lambda-timeout-seconds = 30',
  ]);
});

test('settings: environment variables, source IP conditions, CloudTrail and GuardDuty options', () => {
  assert.deepEqual(read('Lambda environment variables must include TENANT_ID and TENANT_SUBNET', SETTINGS), [
    '1: setting: lambda-env-variables TENANT_ID, TENANT_SUBNET',
  ]);
  // Names Lambda reserves, and sentences that do not ask for variables, give none.
  assert.deepEqual(read('Lambda functions read AWS_REGION from their environment variables.', SETTINGS), []);
  assert.deepEqual(read('Never put DB_PASSWORD in Lambda environment variables.', SETTINGS), []);
  assert.deepEqual(read('Include conditions for source IP restrictions in all IAM policies.', SETTINGS), [
    '1: setting: source-ip-condition = true',
  ]);
  assert.deepEqual(read('Restrict SSH to the office source IP in the security group.', SETTINGS), []);
  assert.deepEqual(
    read(
      'Enable CloudTrail with:\n\n- S3 and CloudWatch Logs integration\n- Data event logging for S3 buckets',
      SETTINGS,
    ),
    ['3: setting: trail-cloudwatch-logs = true', '4: setting: trail-data-events = true'],
  );
  assert.deepEqual(read('Set up an AWS WAF Web ACL with:\n\n- Associate it with CloudFront or ALB', SETTINGS), [
    '3: setting: waf-association = true',
  ]);
  assert.deepEqual(read('The WAF may later be associated with the ALB.', SETTINGS), []);
  assert.deepEqual(read('Configure GuardDuty with:\n\n- S3 protection enabled', SETTINGS), [
    '3: setting: guardduty-s3-protection = true',
  ]);
});

test('ingress: the only ports open to the internet; a source restriction is not a port list', () => {
  assert.deepEqual(read('Security groups allowing only HTTPS (443) to web servers.', ['ingress']), [
    '1: ingress: only port 443 open to the internet',
  ]);
  assert.deepEqual(read('The load balancer security group must allow only ports 80 and 443.', ['ingress']), [
    '1: ingress: only ports 80, 443 open to the internet',
  ]);
  assert.deepEqual(read('Allow SSH (22) only from the bastion host.', ['ingress']), []);
  assert.deepEqual(read('Use HTTPS only for the API.', ['ingress']), []);
});

test('services: short paragraphs after "the following:" read as a list; outputs name values, not things to build', () => {
  assert.deepEqual(
    read(
      'The template must implement the following:\n\nCloudFront distribution with SSL/TLS enabled.\n\nElastic Beanstalk for application deployment.',
      ['service'],
    ),
    [
      '3: service: CloudFront (aws_cloudfront_distribution)',
      '5: service: Elastic Beanstalk (aws_elastic_beanstalk_application | aws_elastic_beanstalk_environment)',
    ],
  );
  assert.deepEqual(read('## Outputs\n\n- Lambda name and ARN\n- SNS topic ARN', ['service']), []);
});

test('encryption: the stores a sentence names scope its key; "SSE-S3 or SSE-KMS" is met by AWS-managed keys', () => {
  assert.deepEqual(read('Enable encryption at rest for all RDS instances using AWS KMS.', SETTINGS), [
    '1: setting: encryption-at-rest with kms keys (RDS)',
  ]);
  assert.deepEqual(read('All S3 buckets must be encrypted at rest with KMS.', SETTINGS), [
    '1: setting: encryption-at-rest with kms keys (S3)',
  ]);
  // Naming no store, the sentence asks it of every store.
  assert.deepEqual(read('Encrypt all data at rest using AWS KMS.', SETTINGS), [
    '1: setting: encryption-at-rest with kms keys',
  ]);
  assert.deepEqual(read('Default encryption (SSE-S3 or SSE-KMS).', SETTINGS), [
    '1: setting: encryption-at-rest with aws-managed keys (S3)',
  ]);
  assert.deepEqual(read('Encrypt the RDS instance at rest using AWS-managed or customer-managed KMS keys.', SETTINGS), [
    '1: setting: encryption-at-rest with aws-managed keys (RDS)',
  ]);
  // Near-miss: both named, but not as a choice.
  assert.deepEqual(read('Use SSE-KMS encryption at rest, never AES256.', SETTINGS), []);
});

test('encryption: "the default KMS key" is the AWS-managed key the service already uses', () => {
  assert.deepEqual(read('Environment variables must be encrypted with default KMS key', SETTINGS), [
    '1: setting: lambda-env-encryption with aws-managed keys',
  ]);
  assert.deepEqual(read('Environment variables must be encrypted with a KMS key', SETTINGS), [
    '1: setting: lambda-env-encryption with kms keys',
  ]);
});

test('deletion protection: "disabling" and "turned off" ask for it off; a title alone asks nothing', () => {
  assert.deepEqual(
    read('The RDS module provisions an Aurora cluster, disabling deletion protection for flexibility.', SETTINGS),
    ['1: setting: deletion-protection = false'],
  );
  assert.deepEqual(read('Make sure deletion protection is turned off on everything.', SETTINGS), [
    '1: setting: deletion-protection = false',
  ]);
  assert.deepEqual(
    read('**Deletion Protection**\n\nSet DeletionPolicy: Retain on the S3 buckets and RDS instance.', SETTINGS),
    // Asks nothing of deletion protection; it asks for retention.
    ['3: setting: retain-on-delete = true'],
  );
  assert.deepEqual(read('## Deletion protection\n\nEnable deletion protection on the database.\n', SETTINGS), [
    '3: setting: deletion-protection = true',
  ]);
  assert.deepEqual(read('**Deletion protection enabled**', SETTINGS), ['1: setting: deletion-protection = true']);
});

test('tags: a label opening a sentence and a pair inside an example are not tags to carry', () => {
  assert.deepEqual(read('Functionality: Lambda function scans EC2 and S3 resources for tag compliance'), []);
  assert.deepEqual(read('Parse names to infer tag values (e.g., "prod-web" suggests Environment: prod)', ['tags']), []);
  // The tag itself, as an item or in a sentence, still is.
  assert.deepEqual(read('- Environment: Production tag on every resource', ['tags']), [
    '1: tags: Environment=Production',
  ]);
  assert.deepEqual(read('Compliance: all resources tagged with Environment=production', ['tags']), [
    '1: tags: Environment=production',
  ]);
});

test('services: a sentence about a thing of the service (subnet group, role, policy) does not ask for the service', () => {
  assert.deepEqual(read('- RDS subnet group is separate from application subnets', ['service']), []);
  assert.deepEqual(read('Create the Lambda execution role with least privilege.', ['service']), []);
  assert.deepEqual(read('- S3 bucket policy allowing only CloudFront access', ['service']), []);
  assert.deepEqual(read('- DynamoDB VPC endpoint for private connectivity', ['service']), []);
  // The service itself still is, with what it is for.
  assert.deepEqual(read('- RDS instance in the private subnet group', ['service']).length, 1);
  assert.deepEqual(read('Deploy API Gateway endpoints in both regions.', ['service']).length, 1);
  assert.deepEqual(read('- ALB access logs delivered to S3', ['service']).length, 1);
});

test('ingress: a protocol with its port in words, "HTTP (port 80) and HTTPS (port 443)", lists both ports', () => {
  assert.deepEqual(
    read('Restrict all Security Groups to allow only HTTP (port 80) and HTTPS (port 443) inbound traffic.', [
      'ingress',
    ]),
    ['1: ingress: only ports 80, 443 open to the internet'],
  );
  assert.deepEqual(read('Allow only HTTPS (port 443) from the internet.', ['ingress']), [
    '1: ingress: only port 443 open to the internet',
  ]);
});

test('services: Terraform state locking and backends are configuration, not resources to build', () => {
  assert.deepEqual(read('- DynamoDB state locking configuration', ['service']), []);
  assert.deepEqual(read('Use an S3 backend with a DynamoDB table for locking.', ['service']), []);
  assert.deepEqual(read('- DynamoDB table for session data', ['service']).length, 1);
});

test('settings of one environment ask nothing of the program: a label, "only for production", values per environment', () => {
  assert.deepEqual(read('- Production: db.r5.large Multi-AZ', SETTINGS), []);
  assert.deepEqual(read('Multi-AZ only for the production RDS instance.', SETTINGS), []);
  assert.deepEqual(read('- **Multi-AZ**: Only production RDS instances use Multi-AZ deployment', SETTINGS), []);
  assert.deepEqual(read('Only production-ready RDS databases: Multi-AZ for every instance.', SETTINGS), [
    '1: setting: production-grade = true',
    '1: setting: multi-az = true',
  ]);
  assert.deepEqual(read('CloudWatch log retention: 7 days for dev, 30 days for prod', SETTINGS), []);
  assert.deepEqual(read('The RDS database must be Multi-AZ for production workloads.', SETTINGS), [
    '1: setting: multi-az = true',
  ]);
  assert.deepEqual(read('Point-in-time recovery enabled for staging and production only', SETTINGS), []);
  // Per-environment numbers of one setting do not take the others of the sentence with them.
  assert.deepEqual(
    read('S3 buckets with versioning enabled and lifecycle rules (7 days for dev, 90 days for prod)', SETTINGS),
    ['1: setting: versioning = true'],
  );
  assert.deepEqual(read('Testing: all resources must be destroyable.', SETTINGS), [
    '1: setting: deletion-protection = false',
  ]);
});

test('a role the request grants full access is read by its name', () => {
  const set = extractRequirements('- Create DataAdmin role with full administrative access\n', 'PROMPT.md');
  assert.deepEqual(
    set.requirements.filter((r) => r.kind === 'full-access').map((r) => r.kind === 'full-access' && r.role),
    ['DataAdmin'],
  );
  const none = extractRequirements(
    'Create an IAM role with full access to nothing else. No role may have full access.\n',
    'PROMPT.md',
  );
  assert.deepEqual(
    none.requirements.filter((r) => r.kind === 'full-access'),
    [],
  );
});

test('retention and production-grade: what lifecycle/not-destroyable leaves alone', () => {
  assert.deepEqual(read('All resources must use DeletionPolicy: Retain except CloudWatch Log Groups.', SETTINGS), [
    '1: setting: retain-on-delete = true',
  ]);
  assert.deepEqual(read('Produce a production-ready CloudFormation template (not JSON).', SETTINGS), [
    '1: setting: production-grade = true',
  ]);
  assert.deepEqual(read('Tag all resources with Environment: Production.', SETTINGS), []);
});

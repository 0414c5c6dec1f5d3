/**
 * The requirement kinds added for issue 14's recall: each checked on a small
 * program against a request written here, failing and passing, on the
 * frameworks whose vocabulary the check reads.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { TEST_SCAN_DATE, writeProject } from '../../helpers.js';

/** Messages of `rule` when `files` are scanned against `request` (written as REQUEST.md beside them). */
function check(rule: string, request: string, files: Record<string, string>): string[] {
  const dir = writeProject({ ...files, 'REQUEST.md': request });
  const result = scan([dir], {
    config: DEFAULT_CONFIG,
    ruleIds: [rule],
    cwd: dir,
    date: TEST_SCAN_DATE,
    requirements: join(dir, 'REQUEST.md'),
    markdownInDirectories: false,
  });
  assert.deepEqual(result.errors, []);
  return result.findings.filter((f) => f.ruleId === rule).map((f) => `${f.line}: ${f.message}`);
}

const SETTING = 'requirements/setting';

test('MFA delete: a versioning resource without it is reported, with the request line quoted', () => {
  const request = '# Data lake\n\n- Enable MFA delete protection on the bucket\n';
  const bucket = 'resource "aws_s3_bucket" "lake" {\n  bucket_prefix = "lake-"\n}\n';
  const without = check(SETTING, request, {
    'main.tf': `${bucket}resource "aws_s3_bucket_versioning" "lake" {\n  bucket = aws_s3_bucket.lake.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n`,
  });
  assert.equal(without.length, 1);
  assert.match(
    without[0],
    /^4: .*no versioning_configuration\.mfa_delete.*REQUEST\.md:3 "Enable MFA delete protection on the bucket"/,
  );
  const withIt = check(SETTING, request, {
    'main.tf': `${bucket}resource "aws_s3_bucket_versioning" "lake" {\n  bucket = aws_s3_bucket.lake.id\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}\n`,
  });
  assert.deepEqual(withIt, []);
});

test('key rotation and key policy: Terraform and CloudFormation keys', () => {
  const request =
    'Create KMS customer managed keys with:\n\n- Automatic rotation turned on\n- Key policies that restrict access to specific services\n';
  assert.equal(
    check(SETTING, request, { 'main.tf': 'resource "aws_kms_key" "main" {\n  description = "data"\n}\n' }).length,
    2,
  );
  assert.deepEqual(
    check(SETTING, request, {
      'main.tf':
        'resource "aws_kms_key" "main" {\n  description         = "data"\n  enable_key_rotation = true\n}\n\nresource "aws_kms_key_policy" "main" {\n  key_id = aws_kms_key.main.id\n  policy = "{}"\n}\n',
    }),
    [],
  );
  const template = (properties: string) =>
    `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n${properties}`;
  assert.equal(check(SETTING, request, { 'stack.yaml': template('      Description: data\n') }).length, 2);
  assert.deepEqual(
    check(SETTING, request, {
      'stack.yaml': template(
        '      EnableKeyRotation: true\n      KeyPolicy:\n        Version: "2012-10-17"\n        Statement: []\n',
      ),
    }),
    [],
  );
});

test('maximum session duration: AWS default of one hour meets "1 hour"; two hours does not', () => {
  const request = 'Each IAM role must have a maximum session duration of 1 hour.\n';
  const role = (extra: string) =>
    `import * as aws from '@pulumi/aws';\n\nexport const role = new aws.iam.Role('analyst', {\n  assumeRolePolicy: '{}',${extra}\n});\n`;
  const files = (extra: string) => ({ 'Pulumi.yaml': 'name: t\nruntime: nodejs\n', 'index.ts': role(extra) });
  assert.deepEqual(check(SETTING, request, files('')), []);
  const long = check(SETTING, request, files('\n  maxSessionDuration: 7200,'));
  assert.equal(long.length, 1);
  assert.match(long[0], /maxSessionDuration = 7200, but the request asks for maxSessionDuration = 3600 seconds/);
});

test('timeout range: every function keeps inside it', () => {
  const request = '**Lambda Functions**\n\n- Timeouts between 30-300 seconds\n';
  const fn = (name: string, timeout: number) =>
    `resource "aws_lambda_function" "${name}" {\n  function_name = "${name}"\n  role          = "arn:aws:iam::111122223333:role/r"\n  runtime       = "nodejs20.x"\n  handler       = "index.handler"\n  filename      = "f.zip"\n  timeout       = ${timeout}\n}\n`;
  const found = check(SETTING, request, { 'main.tf': fn('ingest', 60) + fn('authorizer', 5) });
  assert.equal(found.length, 1);
  assert.match(found[0], /"authorizer" has timeout = 5, but the request asks for timeout between 30 and 300 seconds/);
  assert.deepEqual(check(SETTING, request, { 'main.tf': fn('ingest', 60) + fn('authorizer', 30) }), []);
});

test('Lambda environment variables: a function setting some of them but not all is reported at its variables', () => {
  const request = '- Lambda environment variables must include TENANT_ID and TENANT_SUBNET\n';
  const fn = (variables: string) =>
    `import pulumi_aws as aws\n\nfn = aws.lambda_.Function(\n    "tenant",\n    role="arn:aws:iam::111122223333:role/r",\n    runtime="python3.12",\n    handler="index.handler",\n    code=None,\n    environment={"variables": {${variables}}},\n)\n`;
  const files = (variables: string) => ({ 'Pulumi.yaml': 'name: t\nruntime: python\n', '__main__.py': fn(variables) });
  const found = check(SETTING, request, files('"TENANT_ID": "a"'));
  assert.equal(found.length, 1);
  assert.match(found[0], /sets TENANT_ID but not TENANT_SUBNET/);
  assert.deepEqual(check(SETTING, request, files('"TENANT_ID": "a", "TENANT_SUBNET": "s"')), []);
});

test('source IP conditions: an identity policy statement without aws:SourceIp; trust policies are left alone', () => {
  const request = '- Include conditions for source IP restrictions in all IAM policies\n';
  const policy = (condition: string) =>
    `resource "aws_iam_role" "r" {\n  name_prefix        = "r-"\n  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })\n}\n\nresource "aws_iam_role_policy" "p" {\n  role = aws_iam_role.r.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Action    = ["s3:GetObject"]\n      Resource  = ["arn:aws:s3:::lake/*"]${condition}\n    }]\n  })\n}\n`;
  const found = check(SETTING, request, { 'main.tf': policy('') });
  assert.equal(found.length, 1);
  assert.match(found[0], /allows s3:GetObject without an aws:SourceIp condition/);
  assert.deepEqual(
    check(SETTING, request, {
      'main.tf': policy('\n      Condition = { IpAddress = { "aws:SourceIp" = ["10.0.0.0/8"] } }'),
    }),
    [],
  );
});

test('CloudTrail data events and CloudWatch Logs delivery; GuardDuty S3 protection', () => {
  const request =
    'Enable CloudTrail with:\n\n- S3 and CloudWatch Logs integration\n- Data event logging for S3 buckets\n\nConfigure GuardDuty with:\n\n- S3 protection enabled\n';
  const bare =
    'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "trail-logs"\n}\n\nresource "aws_guardduty_detector" "main" {\n  enable = true\n}\n';
  assert.equal(check(SETTING, request, { 'main.tf': bare }).length, 3);
  const complete =
    'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "trail-logs"\n  cloud_watch_logs_group_arn = "arn:aws:logs:us-east-1:111122223333:log-group:trail:*"\n  event_selector {\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n\nresource "aws_guardduty_detector" "main" {\n  enable = true\n}\n\nresource "aws_guardduty_detector_feature" "s3" {\n  detector_id = aws_guardduty_detector.main.id\n  name        = "S3_DATA_EVENTS"\n  status      = "ENABLED"\n}\n';
  assert.deepEqual(check(SETTING, request, { 'main.tf': complete }), []);
});

test('regions: "both" regions need a provider each, pointed at the one there is', () => {
  const request = 'The environment needs to run in both us-east-1 and us-west-2.\n';
  const found = check('requirements/region', request, {
    'main.tf':
      'provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_sns_topic" "t" {\n  name_prefix = "t-"\n}\n',
  });
  assert.equal(found.length, 1);
  assert.match(found[0], /^1: The program deploys only to us-east-1: no AWS provider for us-west-2/);
  assert.deepEqual(
    check('requirements/region', request, {
      'main.tf':
        'provider "aws" {\n  region = "us-east-1"\n}\n\nprovider "aws" {\n  alias  = "west"\n  region = "us-west-2"\n}\n\nresource "aws_sns_topic" "t" {\n  name_prefix = "t-"\n}\n',
    }),
    [],
  );
});

test('services in a template: CloudFormation types; a Terraform module under modules/ without a provider is a part', () => {
  const request = 'The template must implement the following:\n\nCloudFront distribution with SSL/TLS enabled.\n';
  const found = check('requirements/service', request, {
    'stack.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Table:\n    Type: AWS::SNS::Topic\n",
  });
  assert.equal(found.length, 1);
  assert.match(found[0], /declares no CloudFront resource \(AWS::CloudFront::Distribution\)/);
  assert.deepEqual(
    check('requirements/service', 'Create an SQS queue for orders.\n', {
      'modules/topics/main.tf': 'resource "aws_sns_topic" "t" {\n  name_prefix = "t-"\n}\n',
    }),
    [],
  );
});

test('a child module under modules/ with required_providers is a part; a choice of services is met by either', () => {
  assert.deepEqual(
    check('requirements/service', 'Create an SQS queue for orders.\n', {
      'modules/topics/main.tf':
        'terraform {\n  required_providers {\n    aws = {\n      source = "hashicorp/aws"\n    }\n  }\n}\n\nresource "aws_sns_topic" "t" {\n  name_prefix = "t-"\n}\n',
    }),
    [],
  );
  const instance =
    'resource "aws_instance" "web" {\n  ami           = "ami-0abcdef1234567890"\n  instance_type = "t3.small"\n}\n';
  assert.deepEqual(
    check('requirements/service', '- Use **EC2** or **ECS** for compute layer\n', { 'main.tf': instance }),
    [],
  );
  const topic = 'resource "aws_sns_topic" "t" {\n  name_prefix = "t-"\n}\n';
  assert.deepEqual(
    check('requirements/service', 'Create an SQS queue or an SNS topic for alerts.\n', { 'main.tf': topic }),
    [],
  );
  const found = check('requirements/service', 'Create an SQS queue or an SNS topic for alerts.\n', {
    'main.tf': instance,
  });
  assert.equal(found.length, 1);
  assert.match(found[0], /declares no SQS or SNS resource/);
});

test('an Auto Scaling group of Fargate tasks is met by Application Auto Scaling; nothing that scales is reported', () => {
  const request = '- ECS Fargate for the web application\n- Auto Scaling Group configured to scale on 70% CPU\n';
  const target =
    'resource "aws_appautoscaling_target" "web" {\n  service_namespace  = "ecs"\n  resource_id        = "service/main/web"\n  scalable_dimension = "ecs:service:DesiredCount"\n  min_capacity       = 2\n  max_capacity       = 6\n}\n';
  const cluster = 'resource "aws_ecs_cluster" "main" {\n  name = "main"\n}\n';
  assert.deepEqual(check('requirements/service', request, { 'main.tf': `${cluster}${target}` }), []);
  const found = check('requirements/service', request, { 'main.tf': cluster });
  assert.ok(
    found.some((message) => /declares no Auto Scaling resource/.test(message)),
    found.join('\n'),
  );
});

test('WAF association: a web ACL nothing uses is reported; one associated with the load balancer is not', () => {
  const request = 'Set up an AWS WAF Web ACL with:\n\n- Associate it with CloudFront or ALB\n';
  const acl =
    'resource "aws_wafv2_web_acl" "main" {\n  name  = "main"\n  scope = "REGIONAL"\n  default_action {\n    allow {}\n  }\n  visibility_config {\n    cloudwatch_metrics_enabled = true\n    metric_name                = "main"\n    sampled_requests_enabled   = true\n  }\n}\n';
  const found = check(SETTING, request, { 'main.tf': acl });
  assert.equal(found.length, 1);
  assert.match(found[0], /aws_wafv2_web_acl "main" has no association/);
  assert.deepEqual(
    check(SETTING, request, {
      'main.tf': `${acl}\nresource "aws_wafv2_web_acl_association" "alb" {\n  resource_arn = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/1"\n  web_acl_arn  = aws_wafv2_web_acl.main.arn\n}\n`,
    }),
    [],
  );
});

test('KMS at rest: a key asked for the database is not asked of the buckets; a key asked for the buckets is', () => {
  const bucket = (algorithm: string) =>
    `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: ${algorithm}\n`;
  assert.deepEqual(
    check(SETTING, 'Enable encryption at rest for all RDS instances using AWS KMS.\n', {
      'stack.yaml': bucket('AES256'),
    }),
    [],
  );
  const found = check(SETTING, 'All S3 buckets must be encrypted at rest with AWS KMS.\n', {
    'stack.yaml': bucket('AES256'),
  });
  assert.equal(found.length, 1);
  assert.match(found[0], /SSEAlgorithm = AES256, but the request asks for server-side encryption with KMS/);
  assert.deepEqual(
    check(SETTING, 'All S3 buckets must be encrypted at rest with AWS KMS.\n', { 'stack.yaml': bucket('aws:kms') }),
    [],
  );
  // "SSE-S3 or SSE-KMS": AES256 is SSE-S3.
  assert.deepEqual(
    check(SETTING, '- Default encryption (SSE-S3 or SSE-KMS).\n', { 'stack.yaml': bucket('AES256') }),
    [],
  );
  const tf = (algorithm: string) =>
    `resource "aws_s3_bucket" "logs" {\n  bucket_prefix = "logs-"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "${algorithm}"\n    }\n  }\n}\n`;
  assert.deepEqual(
    check(SETTING, 'Encrypt the RDS database at rest with a customer-managed KMS key.\n', { 'main.tf': tf('AES256') }),
    [],
  );
  assert.equal(check(SETTING, 'Encrypt all data at rest with AWS KMS.\n', { 'main.tf': tf('AES256') }).length, 1);
});

test('Multi-AZ: asked of a DB instance, not of an Aurora instance (the cluster spreads Aurora over zones)', () => {
  const request = '- The RDS database must be Multi-AZ.\n';
  const instance = (engine: string, extra = '') =>
    `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: ${engine}\n      DBInstanceClass: db.r6g.large\n${extra}`;
  assert.equal(check(SETTING, request, { 'stack.yaml': instance('mysql') }).length, 1);
  assert.deepEqual(check(SETTING, request, { 'stack.yaml': instance('mysql', '      MultiAZ: true\n') }), []);
  assert.deepEqual(check(SETTING, request, { 'stack.yaml': instance('aurora-mysql') }), []);
  assert.deepEqual(
    check(SETTING, request, { 'stack.yaml': instance('mysql', '      DBClusterIdentifier: my-cluster\n') }),
    [],
  );
  const tf = (engine: string) =>
    `resource "aws_db_instance" "db" {\n  engine         = "${engine}"\n  instance_class = "db.t3.micro"\n}\n`;
  assert.equal(check(SETTING, request, { 'main.tf': tf('postgres') }).length, 1);
  assert.deepEqual(check(SETTING, request, { 'main.tf': tf('aurora-postgresql') }), []);
});

test('deletion protection: a request disabling it is met by deletionProtection false', () => {
  const request = 'The RDS module provisions an Aurora cluster, disabling deletion protection for flexibility.\n';
  const cluster = (flag: boolean) =>
    `resource "aws_rds_cluster" "db" {\n  engine              = "aurora-postgresql"\n  deletion_protection = ${flag}\n}\n`;
  assert.deepEqual(check(SETTING, request, { 'main.tf': cluster(false) }), []);
  assert.equal(check(SETTING, request, { 'main.tf': cluster(true) }).length, 1);
});

const SERVICE = 'requirements/service';

test('services in a Markdown answer: a resource declared in a later bare fragment of the template counts', () => {
  const request = 'Create an SNS topic for critical alerts.\n';
  const head =
    '# Answer\n\n```json\n{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Queue": {"Type": "AWS::SQS::Queue"}\n  }\n}\n```\n\nNow the alerts:\n\n';
  const scanAnswer = (answer: string) => {
    const dir = writeProject({ 'answer.md': answer, 'REQUEST.md': request });
    return scan([join(dir, 'answer.md')], {
      config: DEFAULT_CONFIG,
      ruleIds: [SERVICE],
      cwd: dir,
      date: TEST_SCAN_DATE,
      requirements: join(dir, 'REQUEST.md'),
    }).findings.map((f) => f.message);
  };
  // JSON members without their braces, and a YAML map of resources.
  assert.deepEqual(scanAnswer(`${head}\`\`\`json\n"AlertTopic": {\n  "Type": "AWS::SNS::Topic"\n},\n\`\`\`\n`), []);
  assert.deepEqual(scanAnswer(`${head}\`\`\`yaml\nAlertTopic:\n  Type: AWS::SNS::Topic\n\`\`\`\n`), []);
  // A fragment declaring something else leaves the service missing.
  const missing = scanAnswer(`${head}\`\`\`json\n"AlertQueue": {\n  "Type": "AWS::SQS::Queue"\n},\n\`\`\`\n`);
  assert.equal(missing.length, 1);
  assert.match(missing[0], /declares no SNS resource/);
});

test('services across nested stacks: the parent and its children (local TemplateURL) are one system', () => {
  const request = 'Create an SNS topic for alerts.\n\nCreate an SQS queue for orders.\n';
  const parent = (url: string) =>
    `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Alerts:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ${url}\n`;
  const child = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
  assert.deepEqual(check(SERVICE, request, { 'master.yaml': parent('./alerts.yaml'), 'alerts.yaml': child }), []);
  // The S3 URL the packaged template is uploaded to names the local file.
  assert.deepEqual(
    check(SERVICE, request, {
      'master.yaml': parent('https://s3.amazonaws.com/artifacts/alerts.yaml'),
      'alerts.yaml': child,
    }),
    [],
  );
  // A TemplateURL from a parameter: the templates beside the parent may be its children, so no absence is claimed.
  assert.deepEqual(
    check(SERVICE, request, {
      'master.yaml': `Parameters:\n  AlertsUrl:\n    Type: String\n${parent('!Ref AlertsUrl')}`,
      'alerts.yaml': child,
    }),
    [],
  );
  // Without nested stacks, each template is judged alone.
  const alone = check(SERVICE, request, {
    'queue.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n",
    'alerts.yaml': child,
  });
  assert.deepEqual(alone.map((m) => /declares no (\w+)/.exec(m)?.[1]).sort(), ['SNS', 'SQS']);
  // A family that lacks the service still reports it.
  const lacking = check(SERVICE, 'Create a DynamoDB table for sessions.\n', {
    'master.yaml': parent('./alerts.yaml'),
    'alerts.yaml': child,
  });
  assert.equal(lacking.length, 2);
});

test('services: Route 53 health checks meet a request for Route 53 health checks', () => {
  const request = '- Create Route 53 health checks to monitor the primary database endpoint\n';
  const check53 = (files: Record<string, string>) => check(SERVICE, request, files);
  assert.deepEqual(
    check53({
      'main.tf':
        'resource "aws_route53_health_check" "db" {\n  fqdn              = "db.example.com"\n  port              = 443\n  type              = "HTTPS"\n  failure_threshold = 3\n  request_interval  = 30\n}\n',
    }),
    [],
  );
  assert.deepEqual(
    check53({
      'stack.yaml':
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Check:\n    Type: AWS::Route53::HealthCheck\n    Properties:\n      HealthCheckConfig:\n        Type: HTTPS\n        FullyQualifiedDomainName: db.example.com\n",
    }),
    [],
  );
  assert.equal(check53({ 'main.tf': 'resource "aws_sns_topic" "t" {\n  name_prefix = "t-"\n}\n' }).length, 1);
});

test('services in a Markdown answer of several programs: a missing service is reported once, in the first', () => {
  const dir = writeProject({
    'answer.md':
      '# Answer\n\n`network/main.tf`:\n\n```hcl\nprovider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n```\n\n`data/main.tf`:\n\n```hcl\nprovider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_sqs_queue" "jobs" {\n  name_prefix = "jobs-"\n}\n```\n',
    'REQUEST.md': 'Create an SNS topic for alerts.\n\nCreate an SQS queue for jobs.\n',
  });
  const findings = scan([join(dir, 'answer.md')], {
    config: DEFAULT_CONFIG,
    ruleIds: [SERVICE],
    cwd: dir,
    date: TEST_SCAN_DATE,
    requirements: join(dir, 'REQUEST.md'),
  }).findings;
  assert.deepEqual(
    findings.map((f) => `${f.line}: ${/declares no (\w+)/.exec(f.message)?.[1]}`),
    ['10: SNS'],
  );
});

test("Multi-AZ: a read replica is not the database made Multi-AZ; one environment's setting is not the program's", () => {
  const template = (replica: string) =>
    `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.medium\n      MultiAZ: true\n  Replica:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceClass: db.t3.medium\n${replica}`;
  const request = '- Store data in a Multi-AZ RDS PostgreSQL instance.\n';
  assert.deepEqual(
    check(SETTING, request, { 'stack.yaml': template('      SourceDBInstanceIdentifier: !Ref Db\n') }),
    [],
  );
  // Without a source it is a second database, and "a Multi-AZ instance" is met by the first.
  assert.deepEqual(check(SETTING, request, { 'stack.yaml': template('      Engine: postgres\n') }), []);
  const single =
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.small\n";
  assert.deepEqual(
    check(SETTING, '- Dev: db.t3.small single-AZ\n- Production: db.r5.large Multi-AZ\n', { 'stack.yaml': single }),
    [],
  );
  assert.equal(check(SETTING, '- Database: db.r5.large Multi-AZ RDS\n', { 'stack.yaml': single }).length, 1);
});

test('a setting one resource would meet ("an S3 bucket with versioning") is reported once when none meets it', () => {
  const buckets =
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Data:\n    Type: AWS::S3::Bucket\n  Trail:\n    Type: AWS::S3::Bucket\n";
  const found = check(SETTING, '- An S3 bucket for storage with versioning enabled.\n', { 'stack.yaml': buckets });
  assert.equal(found.length, 1);
  assert.match(found[0], /"Data" has no VersioningConfiguration/);
  assert.equal(check(SETTING, '- All S3 buckets must have versioning enabled.\n', { 'stack.yaml': buckets }).length, 2);
});

test('KMS at rest is not asked of a bucket receiving S3 or load balancer access logs (AWS delivers them to SSE-S3 only)', () => {
  const request = 'All data must be encrypted at rest using AWS KMS.\n';
  const bucket = (name: string) =>
    `  ${name}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n`;
  const head = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
  const lb =
    '  Alb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: [subnet-1, subnet-2]\n      LoadBalancerAttributes:\n        - Key: access_logs.s3.enabled\n          Value: "true"\n        - Key: access_logs.s3.bucket\n          Value: !Ref AlbLogs\n';
  assert.deepEqual(check(SETTING, request, { 'stack.yaml': `${head}${bucket('AlbLogs')}${lb}` }), []);
  const policy =
    '  LogsPolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref AccessLogs\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: logging.s3.amazonaws.com\n            Action: s3:PutObject\n            Resource: !Sub "${AccessLogs.Arn}/*"\n';
  assert.deepEqual(check(SETTING, request, { 'stack.yaml': `${head}${bucket('AccessLogs')}${policy}` }), []);
  // A bucket of data is still asked for KMS.
  assert.equal(check(SETTING, request, { 'stack.yaml': `${head}${bucket('Data')}` }).length, 1);
  const tf =
    'resource "aws_s3_bucket" "logs" {\n  bucket_prefix = "logs-"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "logs" {\n  bucket = aws_s3_bucket.logs.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n';
  assert.equal(check(SETTING, request, { 'main.tf': tf }).length, 1);
  assert.deepEqual(
    check(SETTING, request, {
      'main.tf': `${tf}\nresource "aws_lb" "web" {\n  subnets = ["subnet-1", "subnet-2"]\n  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n    enabled = true\n  }\n}\n`,
    }),
    [],
  );
});

test('services: a JSON template rendering the YAML template beside it is judged once, through the YAML', () => {
  const request = 'Create an SNS topic for alerts.\n';
  const yaml = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Table:\n    Type: AWS::DynamoDB::Table\n";
  const json = (type: string) =>
    `{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Table": {\n      "Type": "${type}"\n    }\n  }\n}\n`;
  const twins = check(SERVICE, request, { 'TapStack.yml': yaml, 'TapStack.json': json('AWS::DynamoDB::Table') });
  assert.deepEqual(twins.length, 1);
  assert.match(twins[0], /^3: .*declares no SNS resource/);
  // Different resources: two templates, each judged.
  assert.equal(check(SERVICE, request, { 'TapStack.yml': yaml, 'TapStack.json': json('AWS::SQS::Queue') }).length, 2);
});

test('regions: a provider region read from a variable is judged by what terraform.tfvars assigns it', () => {
  const request = 'Deploy everything to us-west-2.\n';
  const main =
    'variable "aws_region" {\n  type    = string\n  default = "us-east-1"\n}\n\nprovider "aws" {\n  region = var.aws_region\n}\n\nresource "aws_sns_topic" "t" {\n  name_prefix = "t-"\n}\n';
  assert.equal(check('requirements/region', request, { 'main.tf': main }).length, 1);
  assert.deepEqual(
    check('requirements/region', request, { 'main.tf': main, 'terraform.tfvars': 'aws_region = "us-west-2"\n' }),
    [],
  );
});

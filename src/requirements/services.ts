/**
 * Services a request can require, as the words that name them and the
 * Terraform resource types that provide them (any one will do). The types are
 * the AWS provider's resource names; a test checks each one against the
 * generated schema (src/schema/data/aws-provider.json). Services a request
 * names for other reasons (GuardDuty and Secrets Manager are to be used from
 * the account, not created; X-Ray is a setting) are deliberately absent.
 */
export interface ServiceWords {
  service: string;
  words: RegExp;
  types: string[];
}

export const SERVICES: readonly ServiceWords[] = [
  { service: 'SQS', words: /\bSQS\b|\bdead[- ]letter queue|\bDLQ\b/i, types: ['aws_sqs_queue'] },
  { service: 'SNS', words: /\bSNS\b/, types: ['aws_sns_topic'] },
  { service: 'DynamoDB', words: /\bDynamoDB\b/i, types: ['aws_dynamodb_table', 'aws_dynamodb_global_table'] },
  { service: 'Lambda', words: /\bLambda\b/, types: ['aws_lambda_function'] },
  { service: 'S3', words: /\bS3 buckets?\b/i, types: ['aws_s3_bucket'] },
  {
    service: 'API Gateway',
    words: /\bAPI Gateway\b/i,
    types: ['aws_api_gateway_rest_api', 'aws_apigatewayv2_api'],
  },
  { service: 'CodePipeline', words: /\bCodePipeline\b/i, types: ['aws_codepipeline'] },
  { service: 'CodeBuild', words: /\bCodeBuild\b/i, types: ['aws_codebuild_project'] },
  { service: 'CodeDeploy', words: /\bCodeDeploy\b/i, types: ['aws_codedeploy_app'] },
  { service: 'Step Functions', words: /\bStep Functions?\b/i, types: ['aws_sfn_state_machine'] },
  {
    service: 'EventBridge',
    words: /\bEventBridge\b/i,
    types: ['aws_cloudwatch_event_rule', 'aws_scheduler_schedule', 'aws_pipes_pipe', 'aws_cloudwatch_event_bus'],
  },
  {
    service: 'Kinesis',
    words: /\bKinesis\b/i,
    types: ['aws_kinesis_stream', 'aws_kinesis_firehose_delivery_stream'],
  },
  {
    service: 'RDS',
    words: /\bRDS\b|\bAurora\b/,
    types: ['aws_db_instance', 'aws_rds_cluster', 'aws_rds_global_cluster'],
  },
  { service: 'ECS', words: /\bECS\b/, types: ['aws_ecs_service', 'aws_ecs_cluster'] },
  {
    service: 'CloudWatch alarms',
    words: /\bCloudWatch alarms?\b/i,
    types: ['aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm'],
  },
  { service: 'CloudWatch dashboard', words: /\bCloudWatch dashboards?\b/i, types: ['aws_cloudwatch_dashboard'] },
  { service: 'VPC Flow Logs', words: /\bVPC flow logs?\b/i, types: ['aws_flow_log'] },
  { service: 'CloudTrail', words: /\bCloudTrail\b/i, types: ['aws_cloudtrail'] },
  { service: 'WAF', words: /\bWAF(v2)?\b/, types: ['aws_wafv2_web_acl', 'aws_waf_web_acl', 'aws_wafregional_web_acl'] },
  { service: 'CloudFront', words: /\bCloudFront\b/i, types: ['aws_cloudfront_distribution'] },
  { service: 'Route 53', words: /\bRoute ?53\b/i, types: ['aws_route53_zone', 'aws_route53_record'] },
  {
    service: 'ElastiCache',
    words: /\bElastiCache\b/i,
    types: ['aws_elasticache_cluster', 'aws_elasticache_replication_group', 'aws_elasticache_serverless_cache'],
  },
  { service: 'Cognito', words: /\bCognito\b/i, types: ['aws_cognito_user_pool', 'aws_cognito_identity_pool'] },
  { service: 'ECR', words: /\bECR\b/, types: ['aws_ecr_repository'] },
  { service: 'EFS', words: /\bEFS\b/, types: ['aws_efs_file_system'] },
  {
    service: 'Application Load Balancer',
    words: /\bApplication Load Balancer\b|\bALB\b/,
    types: ['aws_lb', 'aws_alb'],
  },
  { service: 'Auto Scaling', words: /\bAuto ?Scaling groups?\b/i, types: ['aws_autoscaling_group'] },
  { service: 'AWS Backup', words: /\bAWS Backup\b/, types: ['aws_backup_plan'] },
  { service: 'Glue', words: /\bGlue\b/, types: ['aws_glue_catalog_database', 'aws_glue_job', 'aws_glue_crawler'] },
  { service: 'Athena', words: /\bAthena\b/, types: ['aws_athena_workgroup', 'aws_athena_database'] },
];

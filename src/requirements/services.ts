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
  /** The CloudFormation types that provide it (a template's vocabulary; any one will do). */
  cfnTypes: string[];
}

export const SERVICES: readonly ServiceWords[] = [
  {
    service: 'SQS',
    words: /\bSQS\b|\bdead[- ]letter queue|\bDLQ\b/i,
    types: ['aws_sqs_queue'],
    cfnTypes: ['AWS::SQS::Queue'],
  },
  { service: 'SNS', words: /\bSNS\b/, types: ['aws_sns_topic'], cfnTypes: ['AWS::SNS::Topic'] },
  {
    service: 'DynamoDB',
    words: /\bDynamoDB\b/i,
    types: ['aws_dynamodb_table', 'aws_dynamodb_global_table'],
    cfnTypes: ['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable'],
  },
  {
    service: 'Lambda',
    words: /\bLambda\b/,
    types: ['aws_lambda_function'],
    cfnTypes: ['AWS::Lambda::Function', 'AWS::Serverless::Function'],
  },
  { service: 'S3', words: /\bS3 buckets?\b/i, types: ['aws_s3_bucket'], cfnTypes: ['AWS::S3::Bucket'] },
  {
    service: 'API Gateway',
    words: /\bAPI Gateway\b/i,
    types: ['aws_api_gateway_rest_api', 'aws_apigatewayv2_api'],
    cfnTypes: [
      'AWS::ApiGateway::RestApi',
      'AWS::ApiGatewayV2::Api',
      'AWS::Serverless::Api',
      'AWS::Serverless::HttpApi',
    ],
  },
  {
    service: 'CodePipeline',
    words: /\bCodePipeline\b/i,
    types: ['aws_codepipeline'],
    cfnTypes: ['AWS::CodePipeline::Pipeline'],
  },
  {
    service: 'CodeBuild',
    words: /\bCodeBuild\b/i,
    types: ['aws_codebuild_project'],
    cfnTypes: ['AWS::CodeBuild::Project'],
  },
  {
    service: 'CodeDeploy',
    words: /\bCodeDeploy\b/i,
    types: ['aws_codedeploy_app'],
    cfnTypes: ['AWS::CodeDeploy::Application'],
  },
  {
    service: 'Step Functions',
    words: /\bStep Functions?\b/i,
    types: ['aws_sfn_state_machine'],
    cfnTypes: ['AWS::StepFunctions::StateMachine', 'AWS::Serverless::StateMachine'],
  },
  {
    service: 'EventBridge',
    words: /\bEventBridge\b/i,
    types: ['aws_cloudwatch_event_rule', 'aws_scheduler_schedule', 'aws_pipes_pipe', 'aws_cloudwatch_event_bus'],
    cfnTypes: ['AWS::Events::Rule', 'AWS::Scheduler::Schedule', 'AWS::Pipes::Pipe', 'AWS::Events::EventBus'],
  },
  {
    service: 'Kinesis',
    words: /\bKinesis\b/i,
    types: ['aws_kinesis_stream', 'aws_kinesis_firehose_delivery_stream'],
    cfnTypes: ['AWS::Kinesis::Stream', 'AWS::KinesisFirehose::DeliveryStream'],
  },
  {
    service: 'RDS',
    words: /\bRDS\b|\bAurora\b/,
    types: ['aws_db_instance', 'aws_rds_cluster', 'aws_rds_global_cluster'],
    cfnTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::RDS::GlobalCluster'],
  },
  {
    service: 'ECS',
    words: /\bECS\b/,
    types: ['aws_ecs_service', 'aws_ecs_cluster'],
    cfnTypes: ['AWS::ECS::Service', 'AWS::ECS::Cluster'],
  },
  {
    service: 'CloudWatch alarms',
    words: /\bCloudWatch alarms?\b/i,
    types: ['aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm'],
    cfnTypes: ['AWS::CloudWatch::Alarm', 'AWS::CloudWatch::CompositeAlarm'],
  },
  {
    service: 'CloudWatch dashboard',
    words: /\bCloudWatch dashboards?\b/i,
    types: ['aws_cloudwatch_dashboard'],
    cfnTypes: ['AWS::CloudWatch::Dashboard'],
  },
  { service: 'VPC Flow Logs', words: /\bVPC flow logs?\b/i, types: ['aws_flow_log'], cfnTypes: ['AWS::EC2::FlowLog'] },
  { service: 'CloudTrail', words: /\bCloudTrail\b/i, types: ['aws_cloudtrail'], cfnTypes: ['AWS::CloudTrail::Trail'] },
  {
    service: 'WAF',
    words: /\bWAF(v2)?\b/,
    types: ['aws_wafv2_web_acl', 'aws_waf_web_acl', 'aws_wafregional_web_acl'],
    cfnTypes: ['AWS::WAFv2::WebACL', 'AWS::WAF::WebACL', 'AWS::WAFRegional::WebACL'],
  },
  {
    service: 'CloudFront',
    words: /\bCloudFront\b/i,
    types: ['aws_cloudfront_distribution'],
    cfnTypes: ['AWS::CloudFront::Distribution'],
  },
  {
    service: 'Route 53',
    words: /\bRoute ?53\b/i,
    // Health checks are Route 53 too ("Route 53 health checks to monitor the primary endpoint").
    types: ['aws_route53_zone', 'aws_route53_record', 'aws_route53_health_check'],
    cfnTypes: [
      'AWS::Route53::HostedZone',
      'AWS::Route53::RecordSet',
      'AWS::Route53::RecordSetGroup',
      'AWS::Route53::HealthCheck',
    ],
  },
  {
    service: 'ElastiCache',
    words: /\bElastiCache\b|\bRedis (cluster|cache)\b/i,
    types: ['aws_elasticache_cluster', 'aws_elasticache_replication_group', 'aws_elasticache_serverless_cache'],
    cfnTypes: [
      'AWS::ElastiCache::CacheCluster',
      'AWS::ElastiCache::ReplicationGroup',
      'AWS::ElastiCache::ServerlessCache',
    ],
  },
  {
    service: 'Cognito',
    words: /\bCognito\b/i,
    types: ['aws_cognito_user_pool', 'aws_cognito_identity_pool'],
    cfnTypes: ['AWS::Cognito::UserPool', 'AWS::Cognito::IdentityPool'],
  },
  { service: 'ECR', words: /\bECR\b/, types: ['aws_ecr_repository'], cfnTypes: ['AWS::ECR::Repository'] },
  { service: 'EFS', words: /\bEFS\b/, types: ['aws_efs_file_system'], cfnTypes: ['AWS::EFS::FileSystem'] },
  {
    service: 'Application Load Balancer',
    words: /\bApplication Load Balancer\b|\bALB\b/,
    types: ['aws_lb', 'aws_alb'],
    cfnTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
  },
  {
    service: 'Auto Scaling',
    words: /\bAuto ?Scaling groups?\b/i,
    // Requests say "Auto Scaling group" of Fargate tasks too, which scale through Application Auto Scaling.
    types: ['aws_autoscaling_group', 'aws_appautoscaling_target'],
    cfnTypes: ['AWS::AutoScaling::AutoScalingGroup', 'AWS::ApplicationAutoScaling::ScalableTarget'],
  },
  { service: 'AWS Backup', words: /\bAWS Backup\b/, types: ['aws_backup_plan'], cfnTypes: ['AWS::Backup::BackupPlan'] },
  {
    service: 'Glue',
    words: /\bGlue\b/,
    types: ['aws_glue_catalog_database', 'aws_glue_job', 'aws_glue_crawler'],
    cfnTypes: ['AWS::Glue::Database', 'AWS::Glue::Job', 'AWS::Glue::Crawler'],
  },
  {
    service: 'Elastic Beanstalk',
    words: /\bElastic Beanstalk\b/i,
    types: ['aws_elastic_beanstalk_application', 'aws_elastic_beanstalk_environment'],
    cfnTypes: ['AWS::ElasticBeanstalk::Application', 'AWS::ElasticBeanstalk::Environment'],
  },
  {
    service: 'Athena',
    words: /\bAthena\b/,
    types: ['aws_athena_workgroup', 'aws_athena_database'],
    cfnTypes: ['AWS::Athena::WorkGroup'],
  },
];

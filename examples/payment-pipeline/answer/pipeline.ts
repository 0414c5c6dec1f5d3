import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { fileURLToPath } from 'node:url';

export interface PaymentPipelineArgs {
  environmentSuffix: string;
  githubOwner: string;
  githubRepo: string;
  githubBranch: string;
  githubToken: pulumi.Input<string>;
  tags: Record<string, string>;
}

/** The payment processor Lambda and the pipeline that releases it blue/green through CodeDeploy. */
export class PaymentPipeline extends pulumi.ComponentResource {
  public readonly functionName: pulumi.Output<string>;
  public readonly aliasArn: pulumi.Output<string>;
  public readonly pipelineName: pulumi.Output<string>;

  constructor(name: string, args: PaymentPipelineArgs, opts?: pulumi.ComponentResourceOptions) {
    super('payments:index:PaymentPipeline', name, {}, opts);
    const { environmentSuffix, tags } = args;
    if (!/^[a-z0-9-]{1,20}$/.test(environmentSuffix)) {
      throw new Error(`environmentSuffix "${environmentSuffix}" must be 1-20 lowercase letters, digits or hyphens`);
    }
    const region = aws.getRegionOutput({}, { parent: this }).region;
    const accountId = aws.getCallerIdentityOutput({}, { parent: this }).accountId;

    const artifactBucket = new aws.s3.Bucket(
      'artifactBucket',
      { bucket: `payment-pipeline-artifacts-${environmentSuffix}`, forceDestroy: true, tags },
      { parent: this },
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      'artifactBucketEncryption',
      {
        bucket: artifactBucket.id,
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
      },
      { parent: this },
    );

    const paymentsTable = new aws.dynamodb.Table(
      'paymentsTable',
      {
        name: `payments-${environmentSuffix}`,
        billingMode: 'PAY_PER_REQUEST',
        hashKey: 'paymentId',
        attributes: [{ name: 'paymentId', type: 'S' }],
        pointInTimeRecovery: { enabled: true },
        serverSideEncryption: { enabled: true },
        tags,
      },
      { parent: this },
    );

    const environmentKey = new aws.kms.Key(
      'environmentKey',
      {
        description: `Encrypts the payment processor's environment (${environmentSuffix})`,
        enableKeyRotation: true,
        deletionWindowInDays: 7,
        tags,
      },
      { parent: this },
    );

    const functionName = `payment-processor-${environmentSuffix}`;
    const lambdaRole = new aws.iam.Role(
      'lambdaRole',
      {
        name: `payment-processor-role-${environmentSuffix}`,
        assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
        tags,
      },
      { parent: this },
    );
    new aws.iam.RolePolicy(
      'lambdaPolicy',
      {
        role: lambdaRole.id,
        policy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: ['dynamodb:PutItem', 'dynamodb:GetItem'], Resource: paymentsTable.arn },
            { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: environmentKey.arn },
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: pulumi.interpolate`arn:aws:logs:${region}:${accountId}:log-group:/aws/lambda/${functionName}:*`,
            },
          ],
        }),
      },
      { parent: this },
    );

    const processor = new aws.lambda.Function(
      'paymentProcessor',
      {
        name: functionName,
        runtime: aws.lambda.Runtime.NodeJS24dX,
        handler: 'index.handler',
        role: lambdaRole.arn,
        code: new pulumi.asset.FileArchive(fileURLToPath(new URL('./app', import.meta.url))),
        memorySize: 512,
        timeout: 30,
        reservedConcurrentExecutions: 100,
        kmsKeyArn: environmentKey.arn,
        environment: { variables: { PAYMENTS_TABLE: paymentsTable.name } },
        tags,
      },
      { parent: this },
    );

    const liveAlias = new aws.lambda.Alias(
      'liveAlias',
      { name: 'live', functionName: processor.name, functionVersion: '$LATEST' },
      { parent: this },
    );

    const alarmTopic = new aws.sns.Topic(
      'alarmTopic',
      { name: `payment-alarms-${environmentSuffix}`, tags },
      { parent: this },
    );
    const errorRateAlarm = new aws.cloudwatch.MetricAlarm(
      'errorRateAlarm',
      {
        name: `payment-processor-error-rate-${environmentSuffix}`,
        alarmDescription: 'Payment processor error rate above 5%',
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensions: { FunctionName: processor.name, Resource: pulumi.interpolate`${processor.name}:live` },
        statistic: 'Average',
        period: 60,
        evaluationPeriods: 2,
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 5,
        treatMissingData: 'notBreaching',
        alarmActions: [alarmTopic.arn],
        tags,
      },
      { parent: this },
    );

    const codeDeployApp = new aws.codedeploy.Application(
      'codeDeployApp',
      { name: `payment-processor-${environmentSuffix}`, computePlatform: 'Lambda', tags },
      { parent: this },
    );
    const codeDeployRole = new aws.iam.Role(
      'codeDeployRole',
      {
        name: `payment-codedeploy-role-${environmentSuffix}`,
        assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'codedeploy.amazonaws.com' }),
        tags,
      },
      { parent: this },
    );
    new aws.iam.RolePolicyAttachment(
      'codeDeployRoleLambda',
      { role: codeDeployRole.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSCodeDeployRoleForLambda' },
      { parent: this },
    );
    const deploymentGroup = new aws.codedeploy.DeploymentGroup(
      'deploymentGroup',
      {
        appName: codeDeployApp.name,
        deploymentGroupName: `payment-processor-dg-${environmentSuffix}`,
        serviceRoleArn: codeDeployRole.arn,
        deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'] },
        alarmConfiguration: { enabled: true, alarms: [errorRateAlarm.name] },
        tags,
      },
      { parent: this },
    );

    const buildRole = new aws.iam.Role(
      'buildRole',
      {
        name: `payment-build-role-${environmentSuffix}`,
        assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'codebuild.amazonaws.com' }),
        tags,
      },
      { parent: this },
    );
    const buildLogGroup = new aws.cloudwatch.LogGroup(
      'buildLogGroup',
      { name: `/aws/codebuild/payment-processor-${environmentSuffix}`, retentionInDays: 14, tags },
      { parent: this },
    );
    new aws.iam.RolePolicy(
      'buildPolicy',
      {
        role: buildRole.id,
        policy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: pulumi.interpolate`${buildLogGroup.arn}:*`,
            },
            {
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject'],
              Resource: pulumi.interpolate`${artifactBucket.arn}/*`,
            },
            {
              Effect: 'Allow',
              Action: ['lambda:UpdateFunctionCode', 'lambda:GetAlias', 'lambda:GetFunction'],
              Resource: [processor.arn, liveAlias.arn],
            },
          ],
        }),
      },
      { parent: this },
    );
    const buildProject = new aws.codebuild.Project(
      'buildProject',
      {
        name: `payment-processor-build-${environmentSuffix}`,
        serviceRole: buildRole.arn,
        artifacts: { type: 'CODEPIPELINE' },
        environment: {
          computeType: 'BUILD_GENERAL1_SMALL',
          image: 'aws/codebuild/amazonlinux-x86_64-standard:5.0',
          type: 'LINUX_CONTAINER',
          environmentVariables: [{ name: 'FUNCTION_NAME', value: processor.name }],
        },
        logsConfig: { cloudwatchLogs: { groupName: buildLogGroup.name } },
        source: { type: 'CODEPIPELINE', buildspec: 'buildspec.yml' },
        tags,
      },
      { parent: this },
    );

    const pipelineRole = new aws.iam.Role(
      'pipelineRole',
      {
        name: `payment-pipeline-role-${environmentSuffix}`,
        assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'codepipeline.amazonaws.com' }),
        tags,
      },
      { parent: this },
    );
    new aws.iam.RolePolicy(
      'pipelinePolicy',
      {
        role: pipelineRole.id,
        policy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:PutObject', 's3:GetBucketVersioning'],
              Resource: [artifactBucket.arn, pulumi.interpolate`${artifactBucket.arn}/*`],
            },
            {
              Effect: 'Allow',
              Action: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'],
              Resource: buildProject.arn,
            },
            { Effect: 'Allow', Action: ['lambda:InvokeFunction'], Resource: processor.arn },
          ],
        }),
      },
      { parent: this },
    );

    const pipeline = new aws.codepipeline.Pipeline(
      'pipeline',
      {
        name: `payment-processor-${environmentSuffix}`,
        roleArn: pipelineRole.arn,
        artifactStores: [{ location: artifactBucket.bucket, type: 'S3' }],
        stages: [
          {
            name: 'Source',
            actions: [
              {
                name: 'GitHub',
                category: 'Source',
                owner: 'ThirdParty',
                provider: 'GitHub',
                version: '1',
                outputArtifacts: ['source'],
                configuration: {
                  Owner: args.githubOwner,
                  Repo: args.githubRepo,
                  Branch: args.githubBranch,
                  OAuthToken: args.githubToken,
                },
              },
            ],
          },
          {
            name: 'Build',
            actions: [
              {
                name: 'Package',
                category: 'Build',
                owner: 'AWS',
                provider: 'CodeBuild',
                version: '1',
                inputArtifacts: ['source'],
                outputArtifacts: ['build'],
                configuration: { ProjectName: buildProject.name },
              },
            ],
          },
          {
            name: 'Deploy',
            actions: [
              {
                name: 'DeployBlueGreen',
                category: 'Invoke',
                owner: 'AWS',
                provider: 'Lambda',
                version: '1',
                inputArtifacts: ['build'],
                configuration: { FunctionName: processor.name },
              },
            ],
          },
        ],
        tags,
      },
      { parent: this },
    );

    this.functionName = processor.name;
    this.aliasArn = liveAlias.arn;
    this.pipelineName = pipeline.name;
    this.registerOutputs({ functionName: this.functionName, aliasArn: this.aliasArn, pipelineName: this.pipelineName });
    void deploymentGroup;
  }
}

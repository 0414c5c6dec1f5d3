import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export interface TransactionProcessorArgs {
  environmentSuffix?: string;
  tags?: Record<string, string>;
}

const handlerCode = `
// Placeholder handler: replace with the transaction processing logic.
exports.handler = async (event) => {
  console.log('Processing transaction', JSON.stringify(event));
  return { statusCode: 200, body: JSON.stringify({ message: 'Transaction processed' }) };
};
`;

/** A transaction-processing Lambda tuned for latency: ARM64, warm instances, tracing. */
export class TransactionProcessor extends pulumi.ComponentResource {
  public readonly functionArn: pulumi.Output<string>;
  public readonly functionName: pulumi.Output<string>;
  public readonly logGroupName: pulumi.Output<string>;

  constructor(name: string, args: TransactionProcessorArgs, opts?: pulumi.ComponentResourceOptions) {
    super('payments:index:TransactionProcessor', name, {}, opts);
    const environmentSuffix = args.environmentSuffix || 'dev';
    const tags = { ...args.tags, Environment: 'production' };
    const functionName = `transaction-processor-${environmentSuffix}`;

    const logGroup = new aws.cloudwatch.LogGroup(
      'logGroup',
      { name: `/aws/lambda/${functionName}`, retentionInDays: 7, tags },
      { parent: this },
    );

    const role = new aws.iam.Role(
      'role',
      {
        name: `transaction-processor-role-${environmentSuffix}`,
        assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
        tags,
      },
      { parent: this },
    );
    const policy = new aws.iam.Policy(
      'policy',
      {
        name: `transaction-processor-policy-${environmentSuffix}`,
        policy: pulumi.jsonStringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: pulumi.interpolate`${logGroup.arn}:*`,
            },
            { Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' },
            {
              Effect: 'Allow',
              Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
              Resource: 'arn:aws:dynamodb:*:*:table/*',
            },
          ],
        }),
        tags,
      },
      { parent: this },
    );
    const attachment = new aws.iam.RolePolicyAttachment(
      'policyAttachment',
      { role: role.name, policyArn: policy.arn },
      { parent: this },
    );

    const fn = new aws.lambda.Function(
      'function',
      {
        name: functionName,
        runtime: aws.lambda.Runtime.NodeJS24dX,
        architectures: ['arm64'],
        handler: 'index.handler',
        role: role.arn,
        code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(handlerCode) }),
        memorySize: 1024,
        timeout: 30,
        reservedConcurrentExecutions: 100,
        tracingConfig: { mode: 'Active' },
        environment: {
          variables: {
            TRANSACTIONS_TABLE: `transactions-${environmentSuffix}`,
            API_KEY: 'placeholder-api-key',
          },
        },
        tags,
      },
      { parent: this, dependsOn: [attachment, logGroup] },
    );

    new aws.lambda.ProvisionedConcurrencyConfig(
      'provisionedConcurrency',
      { functionName: fn.name, qualifier: fn.version, provisionedConcurrentExecutions: 5 },
      { parent: this },
    );

    this.functionArn = fn.arn;
    this.functionName = fn.name;
    this.logGroupName = logGroup.name;
    this.registerOutputs({
      functionArn: this.functionArn,
      functionName: this.functionName,
      logGroupName: this.logGroupName,
    });
  }
}

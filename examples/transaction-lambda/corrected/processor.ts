import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import { fileURLToPath } from 'node:url';

export interface TransactionProcessorArgs {
  environmentSuffix: string;
  /** The Environment tag (production, staging…), distinct from the naming suffix. */
  environment: string;
  /** Reserved concurrency; kept small so the account keeps its 100 unreserved executions. */
  reservedConcurrency?: number;
  tags?: Record<string, string>;
}

/** The most a single function may reserve here: 1,000 account executions minus 100 unreserved, shared. */
export const MAX_RESERVED_CONCURRENCY = 50;
const PROVISIONED_CONCURRENCY = 5;

/**
 * A transaction-processing Lambda tuned for latency: ARM64, tracing, and warm
 * instances provisioned on a published version behind the `live` alias.
 */
export class TransactionProcessor extends pulumi.ComponentResource {
  public readonly functionArn: pulumi.Output<string>;
  public readonly functionName: pulumi.Output<string>;
  public readonly version: pulumi.Output<string>;
  public readonly aliasArn: pulumi.Output<string>;
  public readonly logGroupName: pulumi.Output<string>;
  public readonly apiKeySecretArn: pulumi.Output<string>;

  constructor(name: string, args: TransactionProcessorArgs, opts?: pulumi.ComponentResourceOptions) {
    super('payments:index:TransactionProcessor', name, {}, opts);
    const { environmentSuffix } = args;
    if (!/^[a-z0-9-]{1,20}$/.test(environmentSuffix)) {
      throw new Error(`environmentSuffix "${environmentSuffix}" must be 1-20 lowercase letters, digits or hyphens`);
    }
    const reservedConcurrency = args.reservedConcurrency ?? 10;
    if (
      !Number.isInteger(reservedConcurrency) ||
      reservedConcurrency < PROVISIONED_CONCURRENCY ||
      reservedConcurrency > MAX_RESERVED_CONCURRENCY
    ) {
      throw new Error(
        `reservedConcurrency ${reservedConcurrency} must be an integer from ${PROVISIONED_CONCURRENCY} (the provisioned instances) to ${MAX_RESERVED_CONCURRENCY}`,
      );
    }
    const tags = { ...args.tags, Environment: args.environment };
    const functionName = `transaction-processor-${environmentSuffix}`;

    const table = new aws.dynamodb.Table(
      'transactions',
      {
        name: `transactions-${environmentSuffix}`,
        billingMode: 'PAY_PER_REQUEST',
        hashKey: 'transactionId',
        attributes: [{ name: 'transactionId', type: 'S' }],
        pointInTimeRecovery: { enabled: true },
        serverSideEncryption: { enabled: true },
        tags,
      },
      { parent: this },
    );

    const key = new aws.kms.Key(
      'environmentKey',
      {
        description: `Encrypts the environment and API key of ${functionName}`,
        enableKeyRotation: true,
        deletionWindowInDays: 7,
        tags,
      },
      { parent: this },
    );
    // The API key's value is set out of band (console or CLI); the function reads it at run time.
    const apiKeySecret = new aws.secretsmanager.Secret(
      'apiKey',
      { name: `transaction-processor-api-key-${environmentSuffix}`, kmsKeyId: key.arn, tags },
      { parent: this },
    );

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
              Resource: table.arn,
            },
            { Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: apiKeySecret.arn },
            { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: key.arn },
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
        code: new pulumi.asset.FileArchive(fileURLToPath(new URL('./app', import.meta.url))),
        memorySize: 1024,
        timeout: 30,
        publish: true,
        reservedConcurrentExecutions: reservedConcurrency,
        tracingConfig: { mode: 'Active' },
        kmsKeyArn: key.arn,
        environment: {
          variables: { TRANSACTIONS_TABLE: table.name, API_KEY_SECRET_ARN: apiKeySecret.arn },
        },
        tags,
      },
      { parent: this, dependsOn: [attachment, logGroup] },
    );

    // Provisioned concurrency needs a published version: it goes on the alias, never on $LATEST.
    const alias = new aws.lambda.Alias(
      'liveAlias',
      { name: 'live', functionName: fn.name, functionVersion: fn.version },
      { parent: this },
    );
    new aws.lambda.ProvisionedConcurrencyConfig(
      'provisionedConcurrency',
      { functionName: fn.name, qualifier: alias.name, provisionedConcurrentExecutions: PROVISIONED_CONCURRENCY },
      { parent: this },
    );

    this.functionArn = fn.arn;
    this.functionName = fn.name;
    this.version = fn.version;
    this.aliasArn = alias.arn;
    this.logGroupName = logGroup.name;
    this.apiKeySecretArn = apiKeySecret.arn;
    this.registerOutputs({
      functionArn: this.functionArn,
      functionName: this.functionName,
      version: this.version,
      aliasArn: this.aliasArn,
      logGroupName: this.logGroupName,
      apiKeySecretArn: this.apiKeySecretArn,
    });
  }
}

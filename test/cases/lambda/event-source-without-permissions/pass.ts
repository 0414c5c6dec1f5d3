import * as aws from '@pulumi/aws';

const events = new aws.kinesis.Stream('events', { shardCount: 1 });

const role = new aws.iam.Role('worker-role', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
  }),
  inlinePolicies: [
    {
      name: 'logs',
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: [
              'logs:CreateLogStream',
              'logs:PutLogEvents',
              'kinesis:GetRecords',
              'kinesis:GetShardIterator',
              'kinesis:DescribeStream',
              'kinesis:ListShards',
            ],
            Resource: '*',
          },
        ],
      }),
    },
  ],
});

const worker = new aws.lambda.Function('worker', {
  role: role.arn,
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: new aws.asset.FileArchive('./worker'),
});

new aws.lambda.EventSourceMapping('events', {
  eventSourceArn: events.arn,
  functionName: worker.arn,
  startingPosition: 'LATEST',
});

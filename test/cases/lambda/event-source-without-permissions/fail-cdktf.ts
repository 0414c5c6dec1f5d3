import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';

class WorkerStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    const orders = new SqsQueue(this, 'orders', { name: 'orders' });
    const role = new IamRole(this, 'worker-role', {
      name: 'worker',
      assumeRolePolicy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
      }),
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    });
    const worker = new LambdaFunction(this, 'worker', {
      functionName: 'worker',
      role: role.arn,
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      filename: 'worker.zip',
    });
    new LambdaEventSourceMapping(this, 'orders-mapping', {
      eventSourceArn: orders.arn,
      functionName: worker.arn,
    });
  }
}

const app = new App();
new WorkerStack(app, 'worker');
app.synth();

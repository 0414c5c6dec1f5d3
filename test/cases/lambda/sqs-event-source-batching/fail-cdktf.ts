import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';

class QueueStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    const queue = new SqsQueue(this, 'events', { name: 'events' });
    new LambdaEventSourceMapping(this, 'mapping', {
      eventSourceArn: queue.arn,
      functionName: 'event-processor',
      batchSize: 25,
    });
  }
}

const app = new App();
new QueueStack(app, 'queues');
app.synth();

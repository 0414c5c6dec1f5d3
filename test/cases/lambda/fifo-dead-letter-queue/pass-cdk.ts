import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export class IngestStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const failed = new sqs.Queue(this, 'FailedEvents');
    new lambda.Function(this, 'Ingest', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda'),
      deadLetterQueue: failed,
    });
  }
}

import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export class WorkerStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const orders = new sqs.CfnQueue(this, 'OrdersQueue');
    const role = new iam.CfnRole(this, 'WorkerRole', {
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
      },
      managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
    });
    const worker = new lambda.CfnFunction(this, 'Worker', {
      runtime: 'python3.13',
      handler: 'index.handler',
      role: role.attrArn,
      code: { zipFile: 'def handler(event, context):\n    return event\n' },
    });
    new lambda.CfnEventSourceMapping(this, 'OrdersMapping', {
      eventSourceArn: orders.attrArn,
      functionName: worker.ref,
    });
  }
}

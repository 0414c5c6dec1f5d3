import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

interface OrdersStackProps extends cdk.StackProps {
  environmentSuffix: string;
}

export class OrdersStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: OrdersStackProps) {
    super(scope, id, props);
    new s3.Bucket(this, 'Uploads', {
      bucketName: `orders-uploads-${props.environmentSuffix}-${cdk.Aws.ACCOUNT_ID}`,
    });
    new sqs.Queue(this, 'Jobs', { queueName: `orders-jobs-${props.environmentSuffix}` });
  }
}

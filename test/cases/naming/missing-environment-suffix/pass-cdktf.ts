import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

interface OrdersStackProps {
  environmentSuffix: string;
}

export class OrdersStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: OrdersStackProps) {
    super(scope, id);
    new S3Bucket(this, 'uploads', { bucket: `orders-uploads-${props.environmentSuffix}` });
    new SqsQueue(this, 'jobs', { name: `orders-jobs-${props.environmentSuffix}` });
  }
}

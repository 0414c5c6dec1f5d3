import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

interface TapStackProps extends cdk.StackProps {
  environmentSuffix: string;
}

export class TapStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: TapStackProps) {
    super(scope, id, props);
    const { environmentSuffix } = props;

    new s3.Bucket(this, 'Uploads', {
      bucketName: `uploads-${environmentSuffix}`,
      removalPolicy: cdk.RemovalPolicy.RETAIN,
    });

    new dynamodb.Table(this, 'Orders', {
      tableName: `orders-${environmentSuffix}`,
      partitionKey: { name: 'orderId', type: dynamodb.AttributeType.STRING },
      deletionProtection: true,
    });
  }
}

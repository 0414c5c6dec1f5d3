import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export class TradesStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new dynamodb.CfnTable(this, 'Trades', {
      billingMode: 'PAY_PER_REQUEST',
      attributeDefinitions: [{ attributeName: 'tradeId', attributeType: 'S' }],
      keySchema: [
        { attributeName: 'tradeId', keyType: 'HASH' },
        { attributeName: 'tradedAt', keyType: 'RANGE' },
      ],
    });
  }
}

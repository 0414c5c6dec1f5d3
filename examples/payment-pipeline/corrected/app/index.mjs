// Records a payment and its processing status in the payments table.
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';

const dynamodb = new DynamoDBClient({});

export const handler = async (event) => {
  const payment = typeof event.body === 'string' ? JSON.parse(event.body) : event;
  if (!payment.paymentId || typeof payment.amount !== 'number' || payment.amount <= 0) {
    return { statusCode: 400, body: JSON.stringify({ error: 'paymentId and a positive amount are required' }) };
  }
  await dynamodb.send(
    new PutItemCommand({
      TableName: process.env.PAYMENTS_TABLE,
      Item: {
        paymentId: { S: String(payment.paymentId) },
        amount: { N: String(payment.amount) },
        status: { S: 'ACCEPTED' },
        acceptedAt: { S: new Date().toISOString() },
      },
      ConditionExpression: 'attribute_not_exists(paymentId)',
    }),
  );
  return { statusCode: 202, body: JSON.stringify({ paymentId: payment.paymentId, status: 'ACCEPTED' }) };
};

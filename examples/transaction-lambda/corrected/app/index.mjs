// Validates a transaction and records it once (idempotent on transactionId).
import { DynamoDBClient, PutItemCommand, ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

const dynamodb = new DynamoDBClient({});

export const handler = async (event) => {
  const transaction = typeof event.body === 'string' ? JSON.parse(event.body) : event;
  const { transactionId, accountId, amount, currency } = transaction;
  if (!transactionId || !accountId || typeof amount !== 'number' || !/^[A-Z]{3}$/.test(currency ?? '')) {
    return {
      statusCode: 400,
      body: JSON.stringify({ error: 'transactionId, accountId, amount and currency are required' }),
    };
  }
  try {
    await dynamodb.send(
      new PutItemCommand({
        TableName: process.env.TRANSACTIONS_TABLE,
        Item: {
          transactionId: { S: transactionId },
          accountId: { S: accountId },
          amount: { N: String(amount) },
          currency: { S: currency },
          recordedAt: { S: new Date().toISOString() },
        },
        ConditionExpression: 'attribute_not_exists(transactionId)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return { statusCode: 200, body: JSON.stringify({ transactionId, status: 'DUPLICATE' }) };
  }
  return { statusCode: 201, body: JSON.stringify({ transactionId, status: 'RECORDED' }) };
};

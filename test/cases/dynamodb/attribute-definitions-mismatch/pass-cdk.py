from aws_cdk import Stack, aws_dynamodb as dynamodb
from constructs import Construct


class TradesStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        dynamodb.CfnTable(
            self,
            "Trades",
            billing_mode="PAY_PER_REQUEST",
            attribute_definitions=[
                dynamodb.CfnTable.AttributeDefinitionProperty(attribute_name="trade_id", attribute_type="S"),
            ],
            key_schema=[dynamodb.CfnTable.KeySchemaProperty(attribute_name="trade_id", key_type="HASH")],
        )

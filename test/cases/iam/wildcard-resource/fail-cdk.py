from aws_cdk import CfnOutput, Stack, aws_dynamodb as dynamodb, aws_iam as iam
from constructs import Construct


class OrdersStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        table = dynamodb.Table(
            self,
            "Orders",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
        )
        iam.Role(
            self,
            "OrdersRole",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            inline_policies={
                "OrdersData": iam.PolicyDocument(
                    statements=[
                        iam.PolicyStatement(
                            actions=["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"],
                            resources=["*"],
                        )
                    ]
                )
            },
        )
        CfnOutput(self, "TableName", value=table.table_name)

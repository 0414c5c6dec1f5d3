from aws_cdk import Stack, aws_route53 as route53
from constructs import Construct


class DnsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        route53.CfnRecordSet(
            self,
            "AppRecord",
            hosted_zone_id="Z1234567890ABC",
            name="app.example.com",
            type="CNAME",
            ttl="300",
            resource_records=["origin.example.com"],
        )

from aws_cdk import Stack, aws_ec2 as ec2, aws_rds as rds
from constructs import Construct


class DatabaseStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        rds.DatabaseInstance(
            self,
            "Database",
            engine=rds.DatabaseInstanceEngine.maria_db(version=rds.MariaDbEngineVersion.VER_10_11),
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.MICRO),
            vpc=vpc,
            enable_performance_insights=True,
        )

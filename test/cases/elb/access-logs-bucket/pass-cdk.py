from aws_cdk import Stack, aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2, aws_s3 as s3
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2)
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        # log_access_logs sets the bucket and grants Elastic Load Balancing write access to it.
        logs = s3.Bucket(self, "AlbLogs", encryption=s3.BucketEncryption.S3_MANAGED)
        alb.log_access_logs(logs, "alb")

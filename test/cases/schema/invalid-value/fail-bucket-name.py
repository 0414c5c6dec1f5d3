import pulumi
import pulumi_aws as aws

stack = pulumi.get_stack()

artifacts = aws.s3.Bucket("artifacts", bucket=f"ServApp-artifacts-{stack}")

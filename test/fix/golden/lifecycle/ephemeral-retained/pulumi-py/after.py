import pulumi
import pulumi_aws as aws

environment = pulumi.get_stack()  # pr-123

orders = aws.sqs.Queue(
    "orders",
    name=f"orders-{environment}",
    opts=pulumi.ResourceOptions(protect=False),
)

uploads = aws.s3.Bucket(
    "uploads",
    bucket=f"uploads-{environment}",
    force_destroy=True,
    opts=pulumi.ResourceOptions(retain_on_delete=False),
)

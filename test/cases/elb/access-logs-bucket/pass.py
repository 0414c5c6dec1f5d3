import pulumi_aws as aws

logs = aws.s3.Bucket("alb-logs")

# Access logs stay off: no bucket is written to.
alb = aws.lb.LoadBalancer(
    "web",
    load_balancer_type="application",
    subnets=["subnet-0a1b2c3d", "subnet-4e5f6a7b"],
    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=logs.id, enabled=False),
)

import pulumi_aws as aws

vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")
bucket = aws.s3.Bucket("flow-logs")

flow_log = aws.ec2.FlowLog(
    "main",
    vpc_id=vpc.id,
    traffic_type="ALL",
    log_destination_type="s3",
    log_destination=bucket.arn,
    iam_role_arn="arn:aws:iam::123456789012:role/flow-logs",
)

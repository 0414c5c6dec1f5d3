import pulumi_aws as aws

# The loop's items tell the queues apart, not the deployments.
for service in ["orders", "payments"]:
    aws.sqs.Queue(f"queue-{service}", name=f"acme-{service}")

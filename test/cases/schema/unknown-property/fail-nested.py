import pulumi_aws as aws

cluster = aws.ecs.Cluster("cluster", name="orders")

# The deployment percentages are top-level arguments of the service, not of deployment_configuration.
service = aws.ecs.Service(
    "orders",
    cluster=cluster.arn,
    task_definition="orders:1",
    desired_count=2,
    deployment_configuration={
        "maximum_percent": 200,
        "strategy": "ROLLING",
    },
)

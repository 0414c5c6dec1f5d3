import pulumi_aws as aws

cluster = aws.ecs.Cluster("cluster", name="orders")

service = aws.ecs.Service(
    "orders",
    cluster=cluster.arn,
    task_definition="orders:1",
    desired_count=2,
    deployment_maximum_percent=200,
    deployment_configuration=aws.ecs.ServiceDeploymentConfigurationArgs(
        strategy="ROLLING",
    ),
)

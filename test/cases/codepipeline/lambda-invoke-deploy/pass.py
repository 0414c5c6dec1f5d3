import pulumi
import pulumi_aws as aws

config = pulumi.Config()
artifact_bucket = config.require("artifact_bucket")

app = aws.codedeploy.Application("payments", compute_platform="Lambda")
group = aws.codedeploy.DeploymentGroup(
    "payments",
    app_name=app.name,
    deployment_group_name="payments-live",
    service_role_arn=config.require("codedeploy_role_arn"),
    deployment_config_name="CodeDeployDefault.LambdaCanary10Percent5Minutes",
    deployment_style={"deployment_type": "BLUE_GREEN", "deployment_option": "WITH_TRAFFIC_CONTROL"},
)

pipeline = aws.codepipeline.Pipeline(
    "release",
    role_arn=config.require("pipeline_role_arn"),
    artifact_stores=[{"location": artifact_bucket, "type": "S3"}],
    stages=[
        {
            "name": "Source",
            "actions": [{
                "name": "Source",
                "category": "Source",
                "owner": "AWS",
                "provider": "S3",
                "version": "1",
                "output_artifacts": ["source"],
                "configuration": {"S3Bucket": artifact_bucket, "S3ObjectKey": "payments.zip"},
            }],
        },
        {
            # The release goes through the deployment group: traffic shifting and rollback.
            "name": "Deploy",
            "actions": [{
                "name": "DeployLambda",
                "category": "Deploy",
                "owner": "AWS",
                "provider": "CodeDeploy",
                "version": "1",
                "input_artifacts": ["source"],
                "configuration": {
                    "ApplicationName": app.name,
                    "DeploymentGroupName": group.deployment_group_name,
                },
            }],
        },
    ],
)

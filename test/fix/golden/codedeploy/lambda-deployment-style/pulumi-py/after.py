import pulumi
import pulumi_aws as aws

app = aws.codedeploy.Application("api", compute_platform="Lambda")

group = aws.codedeploy.DeploymentGroup(
    "api",
    app_name=app.name,
    deployment_group_name="api",
    service_role_arn="arn:aws:iam::123456789012:role/codedeploy",
    deployment_config_name="CodeDeployDefault.LambdaAllAtOnce",
    deployment_style=aws.codedeploy.DeploymentGroupDeploymentStyleArgs(
        deployment_option="WITH_TRAFFIC_CONTROL",
        deployment_type="BLUE_GREEN",
    ),
)

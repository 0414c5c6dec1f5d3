import pulumi
import pulumi_aws as aws

config = pulumi.Config()

app = aws.codedeploy.Application("payments", compute_platform="Lambda")

deployment_group = aws.codedeploy.DeploymentGroup(
    "payments",
    app_name=app.name,
    deployment_group_name="payments-live",
    service_role_arn=config.require("codedeploy_role_arn"),
    deployment_config_name="CodeDeployDefault.LambdaLinear10PercentEvery10Minutes",
    # Lambda deployments shift alias traffic: the only style CodeDeploy accepts.
    deployment_style=aws.codedeploy.DeploymentGroupDeploymentStyleArgs(
        deployment_type="BLUE_GREEN",
        deployment_option="WITH_TRAFFIC_CONTROL",
    ),
    auto_rollback_configuration=aws.codedeploy.DeploymentGroupAutoRollbackConfigurationArgs(
        enabled=True,
        events=["DEPLOYMENT_FAILURE"],
    ),
)

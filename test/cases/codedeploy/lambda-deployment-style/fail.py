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
    auto_rollback_configuration=aws.codedeploy.DeploymentGroupAutoRollbackConfigurationArgs(
        enabled=True,
        events=["DEPLOYMENT_FAILURE"],
    ),
)

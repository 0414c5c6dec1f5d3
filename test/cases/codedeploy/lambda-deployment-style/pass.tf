variable "codedeploy_role_arn" {
  type = string
}

resource "aws_codedeploy_app" "payments" {
  name             = "payments"
  compute_platform = "Lambda"
}

resource "aws_codedeploy_deployment_group" "payments" {
  app_name               = aws_codedeploy_app.payments.name
  deployment_group_name  = "payments-live"
  service_role_arn       = var.codedeploy_role_arn
  deployment_config_name = "CodeDeployDefault.LambdaLinear10PercentEvery10Minutes"

  # Lambda deployments shift alias traffic: the only style CodeDeploy accepts.
  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }

  auto_rollback_configuration {
    enabled = true
    events  = ["DEPLOYMENT_FAILURE"]
  }
}

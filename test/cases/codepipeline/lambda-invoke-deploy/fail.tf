variable "pipeline_role_arn" {
  type = string
}

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
  deployment_config_name = "CodeDeployDefault.LambdaCanary10Percent5Minutes"

  deployment_style {
    deployment_type   = "BLUE_GREEN"
    deployment_option = "WITH_TRAFFIC_CONTROL"
  }
}

resource "aws_codepipeline" "release" {
  name     = "payments-release"
  role_arn = var.pipeline_role_arn

  artifact_store {
    location = "payments-artifacts"
    type     = "S3"
  }

  stage {
    name = "Source"
    action {
      name             = "Source"
      category         = "Source"
      owner            = "AWS"
      provider         = "S3"
      version          = "1"
      output_artifacts = ["source"]
      configuration    = { S3Bucket = "payments-artifacts", S3ObjectKey = "payments.zip" }
    }
  }

  stage {
    name = "Deploy"
    action {
      name            = "DeployLambda"
      category        = "Invoke"
      owner           = "AWS"
      provider        = "Lambda"
      version         = "1"
      input_artifacts = ["source"]
      configuration   = { FunctionName = "payments" }
    }
  }
}

variable "pipeline_role_arn" {
  type = string
}

variable "github_token" {
  type      = string
  sensitive = true
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
      name             = "GitHub"
      category         = "Source"
      owner            = "ThirdParty"
      provider         = "GitHub"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        Owner      = "acme"
        Repo       = "payments"
        Branch     = "main"
        OAuthToken = var.github_token
      }
    }
  }

  stage {
    name = "Build"
    action {
      name            = "Build"
      category        = "Build"
      owner           = "AWS"
      provider        = "CodeBuild"
      version         = "1"
      input_artifacts = ["source"]
      configuration   = { ProjectName = "payments-build" }
    }
  }
}

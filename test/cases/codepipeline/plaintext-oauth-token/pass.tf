variable "pipeline_role_arn" {
  type = string
}

# Authorised once in the console; the pipeline holds no token.
resource "aws_codestarconnections_connection" "github" {
  name          = "payments-github"
  provider_type = "GitHub"
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
      owner            = "AWS"
      provider         = "CodeStarSourceConnection"
      version          = "1"
      output_artifacts = ["source"]
      configuration = {
        ConnectionArn    = aws_codestarconnections_connection.github.arn
        FullRepositoryId = "acme/payments"
        BranchName       = "main"
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

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
# Authorised once in the console; the pipeline holds no token.
github = aws.codestarconnections.Connection("github", provider_type="GitHub")

pipeline = aws.codepipeline.Pipeline(
    "release",
    role_arn=config.require("pipeline_role_arn"),
    artifact_stores=[{"location": config.require("artifact_bucket"), "type": "S3"}],
    stages=[
        {
            "name": "Source",
            "actions": [{
                "name": "GitHub",
                "category": "Source",
                "owner": "AWS",
                "provider": "CodeStarSourceConnection",
                "version": "1",
                "output_artifacts": ["source"],
                "configuration": {
                    "ConnectionArn": github.arn,
                    "FullRepositoryId": "acme/payments",
                    "BranchName": "main",
                },
            }],
        },
        {
            "name": "Build",
            "actions": [{
                "name": "Build",
                "category": "Build",
                "owner": "AWS",
                "provider": "CodeBuild",
                "version": "1",
                "input_artifacts": ["source"],
                "configuration": {"ProjectName": "payments-build"},
            }],
        },
    ],
)

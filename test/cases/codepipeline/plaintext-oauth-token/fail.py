import pulumi
import pulumi_aws as aws

config = pulumi.Config()
github_token = config.get("github_token")

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
                "owner": "ThirdParty",
                "provider": "GitHub",
                "version": "1",
                "output_artifacts": ["source"],
                "configuration": {
                    "Owner": "acme",
                    "Repo": "payments",
                    "Branch": "main",
                    "OAuthToken": github_token,
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

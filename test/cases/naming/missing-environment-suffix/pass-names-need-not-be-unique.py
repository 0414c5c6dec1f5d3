import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().require("environmentSuffix")

# API names need not be unique: a second deployment cannot collide on them.
aws.apigateway.RestApi(f"orders-api-{environment_suffix}", name="orders-api")

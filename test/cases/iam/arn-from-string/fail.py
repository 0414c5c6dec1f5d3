import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bucket_name = "acme-uploads"

uploads = aws.s3.Bucket("uploads", bucket=bucket_name)

permission = aws.lambda_.Permission(
    "uploads",
    action="lambda:InvokeFunction",
    function=config.require("function_name"),
    principal="s3.amazonaws.com",
    source_arn=pulumi.Output.concat("arn:aws:s3:::", bucket_name),
)

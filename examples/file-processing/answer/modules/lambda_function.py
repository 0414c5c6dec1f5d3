import pulumi
import pulumi_aws as aws

import config


def create_function(role, attachments, bucket, topic, key):
    function = aws.lambda_.Function(
        "file-processor",
        name=config.function_name,
        runtime="python3.12",
        handler="index.handler",
        role=role.arn,
        code=pulumi.AssetArchive({".": pulumi.FileArchive("./lambda_code")}),
        timeout=60,
        memory_size=256,
        kms_key_arn=key.arn,
        environment=aws.lambda_.FunctionEnvironmentArgs(
            variables={"TOPIC_ARN": topic.arn, "MAX_RETRIES": str(config.max_retries)},
        ),
        tags=config.tags,
        opts=pulumi.ResourceOptions(depends_on=attachments),
    )
    permission = aws.lambda_.Permission(
        "file-processor-s3-permission",
        action="lambda:InvokeFunction",
        function=function.name,
        principal="s3.amazonaws.com",
        source_arn=pulumi.Output.concat("arn:aws:s3:::", config.bucket_name),
    )
    aws.s3.BucketNotification(
        "file-bucket-lambda-notification",
        bucket=config.bucket_name,
        lambda_functions=[
            {
                "lambda_function_arn": function.arn,
                "events": ["s3:ObjectCreated:*"],
            }
        ],
        opts=pulumi.ResourceOptions(depends_on=[permission, bucket]),
    )
    return function

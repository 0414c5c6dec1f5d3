"""The processing function, its permissions, retries and its single S3 trigger."""
import json
import os

import pulumi
import pulumi_aws as aws

from .config import ServiceConfig


class FileProcessor(pulumi.ComponentResource):
    def __init__(
        self, config: ServiceConfig, provider: aws.Provider, bucket: aws.s3.Bucket, topic: aws.sns.Topic
    ) -> None:
        super().__init__("files:processing:FileProcessor", config.name("processor"), None)
        opts = pulumi.ResourceOptions(parent=self, provider=provider)
        function_name = config.name("processor")

        # Created before the function, so Lambda never makes one that keeps logs forever.
        self.log_group = aws.cloudwatch.LogGroup(
            "processor-logs", name=f"/aws/lambda/{function_name}", retention_in_days=14, opts=opts
        )
        key = aws.kms.Key(
            "processor-environment-key",
            description=f"Encrypts the environment of {function_name}",
            enable_key_rotation=True,
            deletion_window_in_days=7,
            opts=opts,
        )
        role = aws.iam.Role(
            "processor-role",
            name=config.name("processor-role"),
            assume_role_policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                            "Action": "sts:AssumeRole",
                        }
                    ],
                }
            ),
            opts=opts,
        )
        policy = aws.iam.Policy(
            "processor-policy",
            name=config.name("processor-policy"),
            description="Least privilege for the file processor",
            policy=pulumi.Output.all(self.log_group.arn, bucket.arn, topic.arn, key.arn).apply(
                lambda arns: json.dumps(
                    {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                                "Resource": f"{arns[0]}:*",
                            },
                            {"Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": arns[1]},
                            {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": f"{arns[1]}/*"},
                            {"Effect": "Allow", "Action": ["sns:Publish"], "Resource": arns[2]},
                            {"Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": arns[3]},
                        ],
                    }
                )
            ),
            opts=opts,
        )
        attachment = aws.iam.RolePolicyAttachment(
            "processor-policy-attachment", role=role.name, policy_arn=policy.arn, opts=opts
        )

        self.function = aws.lambda_.Function(
            "processor",
            name=function_name,
            runtime="python3.12",
            handler="file_processor.handler",
            role=role.arn,
            code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "lambda_code")),
            timeout=60,
            memory_size=256,
            kms_key_arn=key.arn,
            environment=aws.lambda_.FunctionEnvironmentArgs(variables={"TOPIC_ARN": topic.arn}),
            logging_config=aws.lambda_.FunctionLoggingConfigArgs(log_format="JSON", log_group=self.log_group.name),
            opts=pulumi.ResourceOptions(
                parent=self, provider=provider, depends_on=[attachment, self.log_group]
            ),
        )

        # Lambda retries failed asynchronous invocations itself and sends what still fails to SNS.
        aws.lambda_.FunctionEventInvokeConfig(
            "processor-retries",
            function_name=self.function.name,
            maximum_retry_attempts=config.max_retries,
            maximum_event_age_in_seconds=900,
            destination_config=aws.lambda_.FunctionEventInvokeConfigDestinationConfigArgs(
                on_failure=aws.lambda_.FunctionEventInvokeConfigDestinationConfigOnFailureArgs(
                    destination=topic.arn
                ),
            ),
            opts=opts,
        )

        s3_permission = aws.lambda_.Permission(
            "processor-s3-permission",
            action="lambda:InvokeFunction",
            function=self.function.name,
            principal="s3.amazonaws.com",
            source_arn=bucket.arn,
            opts=opts,
        )
        # The bucket's only notification configuration.
        self.notification = aws.s3.BucketNotification(
            "uploads-notification",
            bucket=bucket.id,
            lambda_functions=[
                aws.s3.BucketNotificationLambdaFunctionArgs(
                    lambda_function_arn=self.function.arn,
                    events=["s3:ObjectCreated:*"],
                )
            ],
            opts=pulumi.ResourceOptions(parent=self, provider=provider, depends_on=[s3_permission]),
        )
        self.register_outputs({"function_name": self.function.name})

import json

import pulumi
import pulumi_aws as aws

data = aws.s3.Bucket("data", force_destroy=True)

objects = aws.ssm.Parameter(
    "data-objects",
    type="String",
    value=pulumi.Output.concat(data.arn, "/*"),
)

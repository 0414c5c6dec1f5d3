import pulumi_aws as aws

data = aws.s3.Bucket("data")

aws.cloudtrail.Trail(
    "main",
    s3_bucket_name="trail-logs-example",
    event_selectors=[
        aws.cloudtrail.TrailEventSelectorArgs(
            read_write_type="All",
            data_resources=[
                aws.cloudtrail.TrailEventSelectorDataResourceArgs(
                    type="AWS::S3::Object",
                    values=[data.arn.apply(lambda arn: f"{arn}/")],
                ),
                aws.cloudtrail.TrailEventSelectorDataResourceArgs(
                    type="AWS::S3::Object",
                    values=["arn:aws:s3:::payments-archive/"],
                ),
            ],
        )
    ],
)

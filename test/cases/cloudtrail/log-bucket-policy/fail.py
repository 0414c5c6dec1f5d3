import pulumi_aws as aws

bucket = aws.s3.Bucket("audit-logs")

# The trail's bucket has no policy letting CloudTrail in.
trail = aws.cloudtrail.Trail("main", s3_bucket_name=bucket.id)

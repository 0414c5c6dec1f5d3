import pulumi_aws as aws

logs = aws.s3.Bucket("cdn-logs")

cdn = aws.cloudfront.Distribution(
    "cdn",
    enabled=True,
    origins=[aws.cloudfront.DistributionOriginArgs(domain_name="example-origin.s3.amazonaws.com", origin_id="site")],
    default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
        allowed_methods=["GET", "HEAD"],
        cached_methods=["GET", "HEAD"],
        target_origin_id="site",
        viewer_protocol_policy="redirect-to-https",
        cache_policy_id="658327ea-f89d-4fab-a63d-7e88639e58f6",
    ),
    logging_config=aws.cloudfront.DistributionLoggingConfigArgs(bucket=logs.bucket_domain_name, prefix="cdn/"),
    restrictions=aws.cloudfront.DistributionRestrictionsArgs(
        geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none")
    ),
    viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(cloudfront_default_certificate=True),
)

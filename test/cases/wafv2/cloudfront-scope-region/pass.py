import pulumi
import pulumi_aws as aws

edge = aws.Provider("edge", region="us-east-1")

acl = aws.wafv2.WebAcl(
    "site",
    scope="CLOUDFRONT",
    default_action=aws.wafv2.WebAclDefaultActionArgs(allow=aws.wafv2.WebAclDefaultActionAllowArgs()),
    visibility_config=aws.wafv2.WebAclVisibilityConfigArgs(
        cloudwatch_metrics_enabled=True,
        metric_name="site-acl",
        sampled_requests_enabled=True,
    ),
    opts=pulumi.ResourceOptions(provider=edge),
)

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

zone = aws.route53.Zone("main", name=config.require("domain_name"))

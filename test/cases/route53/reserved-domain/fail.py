import pulumi_aws as aws

zone = aws.route53.Zone("main", name="example.net")

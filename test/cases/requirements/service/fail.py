import pulumi_aws as aws

orders = aws.sns.Topic("orders", name_prefix="orders-")

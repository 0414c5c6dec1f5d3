import pulumi
import pulumi_aws as aws

database = aws.timestreamwrite.Database("metrics", database_name="metrics")

table = aws.timestreamwrite.Table(
    "readings",
    database_name=database.database_name,
    table_name="readings",
)

vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")
subnet = aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.1.0/24")
# A property the program sets on the object itself is there when it reads it.
vpc.private_subnet_ids = [subnet.id]

group = aws.rds.SubnetGroup("db", subnet_ids=vpc.private_subnet_ids)

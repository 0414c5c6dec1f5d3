import pulumi
import pulumi_aws as aws

database = aws.timestreamwrite.Database("metrics", database_name="metrics")

table = aws.timestreamwrite.Table(
    "readings",
    database_name=database.name,
    table_name="readings",
)

import pulumi
import pulumi_aws as aws


class StorageStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, opts: pulumi.ResourceOptions | None = None):
        super().__init__("tap:storage:StorageStack", name, None, opts)
        self.environment_suffix = environment_suffix
        self.bucket = aws.s3.Bucket(
            f"documents-{self.environment_suffix}",
            bucket=f"acme-documents-{self.environment_suffix}",
            opts=pulumi.ResourceOptions(parent=self),
        )

import pulumi
import pulumi_aws as aws


class StorageStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:storage:StorageStack", name, None, opts)
        self.bucket = aws.s3.Bucket(f"{name}-data", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({"bucket_name": self.bucket.bucket})


stack = StorageStack("storage")
pulumi.export("bucket_name", stack.bucket.bucket)

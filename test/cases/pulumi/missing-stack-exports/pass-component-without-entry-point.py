import pulumi
import pulumi_aws as aws


# Only the component: the entry point that creates it (and exports the stack's outputs) is
# another file of the project, not part of what is checked.
class StorageStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions = None):
        super().__init__("tap:storage:StorageStack", name, None, opts)
        self.bucket = aws.s3.Bucket(f"{name}-data", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({"bucket_name": self.bucket.bucket})

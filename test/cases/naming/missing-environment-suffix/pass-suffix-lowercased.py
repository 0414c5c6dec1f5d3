import pulumi
import pulumi_aws as aws


class Storage(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str):
        super().__init__("app:index:Storage", name)
        self.environment_suffix = environment_suffix
        # The suffix in lower case is still the suffix.
        aws.sqs.Queue(
            "jobs",
            name=f"jobs-{self.environment_suffix.lower()}",
            opts=pulumi.ResourceOptions(parent=self),
        )

"""Names, region and tags of one deployment of the service."""
import re

import pulumi


class ServiceConfig:
    """Reads and checks the stack's settings once; every name is built here."""

    project = "file-processing"
    region = "us-east-1"
    region_short = "use1"

    def __init__(self) -> None:
        config = pulumi.Config()
        self.environment_suffix = config.require("environmentSuffix")
        if not re.fullmatch(r"[a-z0-9-]{1,20}", self.environment_suffix):
            raise ValueError(
                f"environmentSuffix {self.environment_suffix!r} must be 1-20 lowercase letters, digits or hyphens"
            )
        self.max_retries = config.get_int("maxRetries") or 2

    def name(self, kind: str) -> str:
        """A physical name unique to this deployment, valid for S3 as well (lowercase, hyphens)."""
        return f"{self.project}-{kind}-{self.region_short}-{self.environment_suffix}"

    def tags(self) -> dict:
        return {"Project": self.project, "Environment": self.environment_suffix, "ManagedBy": "pulumi"}

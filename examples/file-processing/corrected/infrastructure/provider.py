"""The one AWS provider every resource is created through, so the region is enforced."""
import pulumi_aws as aws

from .config import ServiceConfig


def create_provider(config: ServiceConfig) -> aws.Provider:
    return aws.Provider(
        f"aws-{config.region_short}",
        region=config.region,
        default_tags=aws.ProviderDefaultTagsArgs(tags=config.tags()),
    )

from aws_cdk import App, Stack
from aws_cdk import aws_ecs as ecs
from constructs import Construct


class ServiceStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        ecs.Cluster(self, "Cluster", cluster_name=f"webapp-cluster-{environment_suffix.lower()}")


app = App()
# The suffix comes from the deployment's context; "dev" is only the fallback.
ServiceStack(app, "Service", environment_suffix=app.node.try_get_context("environmentSuffix") or "dev")
app.synth()

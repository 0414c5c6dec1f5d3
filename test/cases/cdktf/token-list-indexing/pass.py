from cdktf import Fn, TerraformStack
from cdktf_cdktf_provider_aws.data_aws_availability_zones import DataAwsAvailabilityZones
from cdktf_cdktf_provider_aws.eks_cluster import EksCluster
from cdktf_cdktf_provider_aws.iam_openid_connect_provider import IamOpenidConnectProvider
from cdktf_cdktf_provider_aws.subnet import Subnet
from constructs import Construct


class NetworkStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        azs = DataAwsAvailabilityZones(self, "azs", state="available")
        for i in range(2):
            Subnet(self, f"public-{i}", vpc_id="vpc-0abc", cidr_block=f"10.0.{i}.0/24", availability_zone=Fn.element(azs.names, i))
        cluster = EksCluster(self, "cluster", name="apps", role_arn="arn:aws:iam::111122223333:role/eks", vpc_config={"subnet_ids": ["subnet-1"]})
        IamOpenidConnectProvider(
            self,
            "oidc",
            url=cluster.identity.get(0).oidc.get(0).issuer,
            client_id_list=["sts.amazonaws.com"],
        )

# Local sources resolve to directories that hold Terraform files (here, the
# directory of another rule's cases stands in for a module); registry sources
# are fetched by terraform init.
module "formatted" {
  source = "../../terraform/fmt"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}

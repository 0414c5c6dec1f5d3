# The configuration calls a local module that is not there.
module "network" {
  source = "./modules/network"

  cidr_block = "10.0.0.0/16"
}

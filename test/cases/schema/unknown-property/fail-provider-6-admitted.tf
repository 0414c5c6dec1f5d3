# ">= 5.0" admits provider 6, which Terraform installs: it has no aws_eip.vpc.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

resource "aws_eip" "nat" {
  vpc = true
}

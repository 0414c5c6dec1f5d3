# Provider 5, which the constraint pins, requires engine already.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier  = "orders"
  master_username     = "orders"
  master_password     = var.master_password
  skip_final_snapshot = true
}

variable "master_password" {
  type      = string
  sensitive = true
}

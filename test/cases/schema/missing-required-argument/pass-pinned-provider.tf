# Provider 4, which the constraint pins, did not require engine (it defaulted
# to "aurora"); provider 5 made it required.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 4.0"
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

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# Provider 6 removed the SimpleDB resource type.
resource "aws_simpledb_domain" "sessions" {
  name = "sessions"
}

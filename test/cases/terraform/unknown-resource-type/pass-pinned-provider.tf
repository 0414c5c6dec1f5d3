# Provider 5, which the constraint pins, still has the SimpleDB resource type
# that provider 6 removed (schema/removed-in-newer-provider reports it, low).
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_simpledb_domain" "sessions" {
  name = "sessions"
}

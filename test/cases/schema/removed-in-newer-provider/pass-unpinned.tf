# The constraint admits provider 6, which Terraform installs: stage_name is an
# unknown argument there (schema/unknown-property), not a pinned one.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "prod"
}

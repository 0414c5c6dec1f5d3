# Provider 5, which the constraint pins, still has the arguments that
# provider 6 removed (schema/removed-in-newer-provider reports them, low).
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_eip" "nat" {
  vpc = true
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders"
}

resource "aws_api_gateway_deployment" "orders" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "prod"
}

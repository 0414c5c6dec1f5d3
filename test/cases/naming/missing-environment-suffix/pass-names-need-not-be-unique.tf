# Names AWS does not require to be unique: a second deployment cannot collide on them.
variable "environment_suffix" {
  type = string
}

variable "role_name" {
  type = string
}

resource "aws_api_gateway_rest_api" "api" {
  name = "orders-api"
}

resource "aws_apigatewayv2_api" "http" {
  name          = "orders-http"
  protocol_type = "HTTP"
}

resource "aws_iam_role_policy" "inline" {
  name   = "orders-inline"
  role   = var.role_name
  policy = "{}"
}

resource "aws_cognito_user_pool" "users" {
  name = "orders-users"
}

resource "aws_route53_zone" "internal" {
  name = "orders.internal"
}

resource "aws_api_gateway_rest_api" "orders" {
  name = "orders-api"
}

# Metrics alone need no account role.
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.orders.id
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    metrics_enabled = true
    logging_level   = "OFF"
  }
}

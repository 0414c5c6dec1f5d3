resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/orders-api"
  retention_in_days = 14
}

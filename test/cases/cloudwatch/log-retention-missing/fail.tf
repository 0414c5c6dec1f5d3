resource "aws_cloudwatch_log_group" "orders" {
  name = "/aws/lambda/orders-api"
}

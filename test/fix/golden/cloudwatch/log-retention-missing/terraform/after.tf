resource "aws_cloudwatch_log_group" "app" {
  retention_in_days = 14
  name              = "/app/orders"
}

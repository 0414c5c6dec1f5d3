variable "environment_suffix" {
  type = string
}

# alarm_name and dashboard_name are these types' own names.
resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "orders-errors"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

resource "aws_cloudwatch_dashboard" "main" {
  dashboard_name = "orders"
  dashboard_body = jsonencode({ widgets = [] })
}

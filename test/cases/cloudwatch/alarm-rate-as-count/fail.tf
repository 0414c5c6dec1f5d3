resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "orders-error-rate"
  alarm_description   = "Order handler error rate above 5%"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = "orders" }
  statistic           = "Sum"
  period              = 300
  threshold           = 5
}

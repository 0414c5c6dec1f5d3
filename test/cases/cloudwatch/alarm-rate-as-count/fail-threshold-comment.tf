resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "orders-errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = "orders" }
  statistic           = "Average"
  period              = 300
  threshold           = 5 # 5% error rate
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "orders-error-rate"
  alarm_description   = "Order handler error rate above 5%"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  threshold           = 5

  # The alarm compares the expression marked return_data: errors per 100 invocations.
  metric_query {
    id          = "rate"
    expression  = "100 * errors / invocations"
    label       = "Error rate (%)"
    return_data = true
  }

  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/Lambda"
      metric_name = "Errors"
      dimensions  = { FunctionName = "orders" }
      stat        = "Sum"
      period      = 300
    }
  }

  metric_query {
    id = "invocations"
    metric {
      namespace   = "AWS/Lambda"
      metric_name = "Invocations"
      dimensions  = { FunctionName = "orders" }
      stat        = "Sum"
      period      = 300
    }
  }
}

resource "aws_cloudwatch_dashboard" "orders" {
  dashboard_name = "orders"

  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "metric"
        width  = 12
        height = 6
        properties = {
          title   = "Errors"
          stat    = "Sum"
          period  = 300
          metrics = [["AWS/Lambda", "Errors", "FunctionName", "orders", { region = "us-east-1" }]]
        }
      }
    ]
  })
}

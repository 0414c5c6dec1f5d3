data "aws_region" "current" {}

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
          region  = data.aws_region.current.region
          stat    = "Sum"
          period  = 300
          metrics = [["AWS/Lambda", "Errors", "FunctionName", "orders"]]
        }
      },
      {
        type       = "text"
        width      = 12
        height     = 2
        properties = { markdown = "# Orders" }
      }
    ]
  })
}

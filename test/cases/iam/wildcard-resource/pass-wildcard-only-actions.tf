# Actions that take no resource ARN: "*" is the only resource they accept.
resource "aws_iam_policy" "build" {
  name = "image-build"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["ecr:GetAuthorizationToken", "xray:PutTraceSegments", "xray:PutTelemetryRecords"]
        Resource = "*"
      },
      {
        Effect   = "Allow"
        Action   = ["cloudwatch:PutMetricData", "ec2:DescribeNetworkInterfaces"]
        Resource = "*"
      },
    ]
  })
}

variable "environment_suffix" {
  type = string
}

# key_name names a key pair the instance uses, not the instance.
resource "aws_instance" "web" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  key_name      = "ops-key"
}

resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "orders-errors-${var.environment_suffix}"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
}

variable "environment_suffix" {
  type = string
}

resource "aws_s3_bucket" "logs" {
  bucket = "app-logs-${var.environment_suffix}"

  lifecycle {
    prevent_destroy = false
  }
}

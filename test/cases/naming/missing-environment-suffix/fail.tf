variable "environment_suffix" {
  type = string
}

resource "aws_s3_bucket" "uploads" {
  bucket = "orders-uploads"
}

resource "aws_sqs_queue" "jobs" {
  name = "orders-jobs"
}

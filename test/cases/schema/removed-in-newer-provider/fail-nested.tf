terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 4.0, < 5.0"
    }
  }
}

resource "aws_kinesis_firehose_delivery_stream" "logs" {
  name        = "logs"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn        = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn      = "arn:aws:s3:::orders-logs"
    buffer_size     = 5   # provider 5 renamed it buffering_size
    buffer_interval = 300 # provider 5 renamed it buffering_interval
  }
}

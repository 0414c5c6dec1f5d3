# A small order-processing stack with the mistakes preflight is built to catch.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
  backend "s3" {}
}

provider "aws" {
  region = var.aws_region
}

resource "aws_kms_key" "data" {
  description             = "Encrypts order data and logs"
  deletion_window_in_days = 7
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "${var.project_name}-artifacts"
}

resource "aws_s3_bucket_encryption_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  rule {
    apply_server_side_encryption_by_default {
      kms_master_key_id = aws_kms_key.data.arn
      sse_algorithm     = "aws:kms"
    }
  }
}

resource "aws_dynamodb_table" "orders" {
  name         = "${var.project_name}-orders-${var.environment_suffix}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "order_id"

  attribute {
    name = "order_id"
    type = "S"
  }
  attribute {
    name = "customer_id"
    type = "S"
  }

  global_secondary_index {
    name     = "by-customer"
    hash_key = "customer_id"
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "audit" {
  name         = "${var.project_name}-audit-${var.environment_suffix}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "event_id"

  attribute {
    name = "event_id"
    type = "S"
  }
}

resource "aws_cloudwatch_log_group" "orders" {
  name              = "/aws/lambda/${aws_lambda_function.orders.function_name}"
  retention_in_days = 14
  kms_key_id        = aws_kms_key.data.arn
}

resource "aws_lambda_function" "orders" {
  function_name = "${var.project_name}-orders-${var.environment_suffix}"
  role          = aws_iam_role.orders.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "${path.module}/build/orders.zip"
}

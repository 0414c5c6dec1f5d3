variable "aws_region" {
  type    = string
  default = "us-east-1"
}

provider "aws" {
  region = var.aws_region
}

resource "aws_sqs_queue" "jobs" {
  name_prefix = "jobs-"
}

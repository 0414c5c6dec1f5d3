variable "aws_region" {
  type    = string
  default = "us-east-1"
}

# The provider does not use var.aws_region: the region comes from the environment.
provider "aws" {}

resource "aws_sqs_queue" "jobs" {
  name_prefix = "jobs-"
}

variable "aws_region" {
  type    = string
  default = "us-east-1"
}

# No provider block uses var.aws_region: the region comes from the environment.
resource "aws_sqs_queue" "jobs" {
  name_prefix = "jobs-"
}

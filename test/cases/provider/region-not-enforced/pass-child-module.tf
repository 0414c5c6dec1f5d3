# A child module: the root module configures the provider and passes it in.
variable "aws_region" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name_prefix = "jobs-"
  tags        = { Region = var.aws_region }
}

# for_each over services, not environments: each.key tells the queues apart, not the deployments.
variable "environment_suffix" {
  type = string
}

variable "environment" {
  type = string
}

resource "aws_sqs_queue" "service" {
  for_each = toset(["orders", "payments"])
  name     = "acme-${each.key}"
}

# Keys of one environment's settings are not the environments.
locals {
  settings = {
    dev = { buckets = ["raw", "clean"] }
  }
}

resource "aws_s3_bucket" "data" {
  for_each = toset(local.settings[var.environment].buckets)
  bucket   = "acme-${each.key}"
}

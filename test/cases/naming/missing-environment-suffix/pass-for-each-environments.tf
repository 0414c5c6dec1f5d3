# One program deploys every environment: each.key of a for_each over them is the environment.
variable "environments" {
  type    = list(string)
  default = ["dev", "prod"]
}

variable "availability_zones" {
  type = list(string)
}

resource "aws_vpc" "main" {
  for_each   = toset(var.environments)
  cidr_block = "10.0.0.0/16"
}

# Keyed by the VPCs, so by the environments too.
resource "aws_cloudwatch_log_group" "flow_logs" {
  for_each = aws_vpc.main
  name     = "/vpc/${each.key}/flow-logs"
}

resource "aws_subnet" "private" {
  for_each = {
    for pair in setproduct(var.environments, var.availability_zones) : "${pair[0]}-${pair[1]}" => pair
  }
  vpc_id     = aws_vpc.main[each.value[0]].id
  cidr_block = "10.0.1.0/24"
}

resource "aws_s3_bucket" "artifacts" {
  for_each = toset(["dev", "test"])
  bucket   = "acme-artifacts-${each.value}"
}

variable "environment_suffix" {
  type = string
}

resource "aws_kms_key" "data" {
  description = "data-${var.environment_suffix}"
}

# Alias names are unique in the account and region, not within the key.
resource "aws_kms_alias" "data" {
  name          = "alias/data-key"
  target_key_id = aws_kms_key.data.key_id
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

# A policy document is no scope for the role's name.
resource "aws_iam_role" "app" {
  name               = "app-role"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

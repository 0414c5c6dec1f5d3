variable "environment" {
  type        = string
  description = "Name of the pull-request environment, e.g. pr-123"
}

# Integration tests upload reports here and push the images they build.
resource "aws_s3_bucket" "test_reports" {
  force_destroy = true
  bucket        = "test-reports-${var.environment}"
}

resource "aws_ecr_repository" "api" {
  force_delete = true
  name         = "api-${var.environment}"
}

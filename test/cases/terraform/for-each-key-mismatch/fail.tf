locals {
  buckets = toset(["raw", "processed"])
}

resource "aws_s3_bucket" "data" {
  for_each      = local.buckets
  bucket_prefix = "orders-${each.key}-"
}

# "archive" is not a key of aws_s3_bucket.data: the plan fails with "Invalid index".
resource "aws_s3_bucket_versioning" "data" {
  for_each = toset(["raw", "processed", "archive"])
  bucket   = aws_s3_bucket.data[each.key].id

  versioning_configuration {
    status = "Enabled"
  }
}

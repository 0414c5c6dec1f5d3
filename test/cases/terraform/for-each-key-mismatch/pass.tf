locals {
  buckets = toset(["raw", "processed"])
}

resource "aws_s3_bucket" "data" {
  for_each      = local.buckets
  bucket_prefix = "orders-${each.key}-"
}

resource "aws_s3_bucket_versioning" "data" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.data[each.key].id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "source" {
  bucket_prefix = "orders-"
}

resource "aws_s3_bucket_versioning" "source" {
  bucket = aws_s3_bucket.source.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "replica" {
  bucket_prefix = "orders-replica-"
}

resource "aws_s3_bucket_replication_configuration" "orders" {
  depends_on = [aws_s3_bucket_versioning.source]
  role       = "arn:aws:iam::123456789012:role/replication"
  bucket     = aws_s3_bucket.source.id

  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica.arn
    }
  }
}

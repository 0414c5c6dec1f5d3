resource "aws_s3_bucket_replication_configuration" "documents" {
  role   = "arn:aws:iam::123456789012:role/replication"
  bucket = "documents-primary-example"

  rule {
    id     = "replicate-all"
    status = "Enabled"

    filter {}

    destination {
      bucket        = "arn:aws:s3:::documents-replica-example"
      storage_class = "STANDARD"
    }
  }
}

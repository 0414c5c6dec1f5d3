resource "aws_s3_bucket_replication_configuration" "documents" {
  role   = "arn:aws:iam::123456789012:role/replication"
  bucket = "documents-primary-example"

  rule {
    id     = "replicate-all"
    status = "Enabled"

    filter {}

    delete_marker_replication {
      status = "Disabled"
    }

    source_selection_criteria {
      sse_kms_encrypted_objects {
        status = "Enabled"
      }
    }

    destination {
      bucket        = "arn:aws:s3:::documents-replica-example"
      storage_class = "STANDARD"

      encryption_configuration {
        replica_kms_key_id = "arn:aws:kms:us-west-2:123456789012:key/replica"
      }
    }
  }
}

resource "aws_s3_bucket" "uploads" {
  bucket_prefix = "uploads-"
}

resource "aws_sqs_queue" "images" {
  name_prefix = "images-"
}

resource "aws_sqs_queue" "documents" {
  name_prefix = "documents-"
}

# A bucket has one notification configuration: each of these replaces the other.
resource "aws_s3_bucket_notification" "images" {
  bucket = aws_s3_bucket.uploads.id

  queue {
    queue_arn     = aws_sqs_queue.images.arn
    events        = ["s3:ObjectCreated:*"]
    filter_prefix = "images/"
  }
}

resource "aws_s3_bucket_notification" "documents" {
  bucket = aws_s3_bucket.uploads.id

  queue {
    queue_arn     = aws_sqs_queue.documents.arn
    events        = ["s3:ObjectCreated:*"]
    filter_prefix = "documents/"
  }
}

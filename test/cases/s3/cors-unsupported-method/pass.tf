resource "aws_s3_bucket" "media" {
  bucket = "media-assets-example"
}

resource "aws_s3_bucket_cors_configuration" "media" {
  bucket = aws_s3_bucket.media.id

  cors_rule {
    allowed_methods = ["GET", "HEAD"]
    allowed_origins = ["https://example.com"]
  }
}

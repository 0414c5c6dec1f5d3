resource "aws_cloudwatch_log_group" "lambda" {
  for_each          = local.services
  name              = "/aws/lambda/${local.name_prefix}-${each.key}"
  retention_in_days = 14
  kms_key_id        = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "build" {
  name              = "/aws/codebuild/${local.name_prefix}"
  retention_in_days = 14
  kms_key_id        = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "lambda" {
  for_each         = local.services
  name             = "/aws/lambda/${var.project_name}-${each.key}-service"
  retention_in_days = 14
  kms_key_id       = aws_kms_key.pipeline_key.arn
}

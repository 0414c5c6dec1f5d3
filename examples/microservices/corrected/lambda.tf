data "archive_file" "service" {
  for_each    = local.services
  type        = "zip"
  output_path = "${path.module}/build/${each.key}.zip"
  source {
    content  = templatefile("${path.module}/templates/lambda_function.py.tpl", { service = each.key, hash_key = each.value.hash_key })
    filename = "lambda_function.py"
  }
}

resource "aws_lambda_function" "service" {
  for_each         = local.services
  function_name    = "${local.name_prefix}-${each.key}"
  role             = aws_iam_role.lambda[each.key].arn
  handler          = "lambda_function.handler"
  runtime          = "python3.12"
  filename         = data.archive_file.service[each.key].output_path
  source_code_hash = data.archive_file.service[each.key].output_base64sha256
  kms_key_arn      = aws_kms_key.data.arn
  timeout          = 10
  environment {
    variables = {
      TABLE_NAME = local.tables[each.key].name
    }
  }
  tracing_config {
    mode = "Active"
  }
  depends_on = [aws_iam_role_policy_attachment.lambda, aws_cloudwatch_log_group.lambda]
}

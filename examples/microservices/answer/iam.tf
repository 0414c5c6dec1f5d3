resource "aws_iam_role" "lambda" {
  for_each           = local.services
  name               = "${var.project_name}-${each.key}-lambda"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume_role.json
}

resource "aws_iam_policy" "lambda" {
  for_each = local.services
  name     = "${var.project_name}-${each.key}-lambda"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"]
        Resource = [local.tables[each.key].arn, "${local.tables[each.key].arn}/index/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = "${aws_cloudwatch_log_group.lambda[each.key].arn}:*"
      },
      {
        Effect   = "Allow"
        Action   = ["kms:Decrypt", "kms:GenerateDataKey"]
        Resource = aws_kms_key.pipeline_key.arn
      }
    ]
  })
}

resource "aws_iam_role_policy_attachment" "lambda" {
  for_each   = local.services
  role       = aws_iam_role.lambda[each.key].name
  policy_arn = aws_iam_policy.lambda[each.key].arn
}

locals {
  tables = {
    users         = aws_dynamodb_table.users
    orders        = aws_dynamodb_table.orders
    notifications = aws_dynamodb_table.notifications
  }
}

resource "aws_iam_role" "payments" {
  name_prefix = "payments-"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "payments" {
  function_name = "payments"
  role          = aws_iam_role.payments.arn
  runtime       = "nodejs18.x"
  handler       = "index.handler"
  filename      = "${path.module}/payments.zip"
  memory_size   = 512
  timeout       = 30
}

resource "aws_cloudwatch_log_group" "payments" {
  name              = "/aws/lambda/payments"
  retention_in_days = 7
}

resource "aws_iam_role" "api" {
  name               = "api-${var.environment_suffix}"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

variable "environment_suffix" {
  type = string
}

resource "aws_iam_role_policy_attachment" "api_logs" {
  role       = aws_iam_role.api.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_lambda_function" "api" {
  depends_on       = [aws_iam_role_policy_attachment.api_logs]
  function_name    = "api-${var.environment_suffix}"
  role             = aws_iam_role.api.arn
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = "${path.module}/api.zip"
  source_code_hash = filebase64sha256("${path.module}/api.zip")
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/api-${var.environment_suffix}"
  retention_in_days = 14
}

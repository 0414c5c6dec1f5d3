resource "aws_iam_role" "orders" {
  name = "orders-api"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "orders_dynamodb" {
  role       = aws_iam_role.orders.name
  policy_arn = var.orders_table_policy_arn
}

variable "orders_table_policy_arn" {
  type = string
}

resource "aws_lambda_function" "orders" {
  function_name    = "orders-api"
  role             = aws_iam_role.orders.arn
  runtime          = "python3.12"
  handler          = "app.handler"
  filename         = "${path.module}/build/orders.zip"
  source_code_hash = filebase64sha256("${path.module}/build/orders.zip")

  # The role is usable only once its policy is attached.
  depends_on = [aws_iam_role_policy_attachment.orders_dynamodb]
}

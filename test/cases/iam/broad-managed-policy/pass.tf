resource "aws_iam_role" "orders" {
  name = "orders-api"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

data "aws_dynamodb_table" "orders" {
  name = "orders"
}

# Only what the function does, on the one table it uses.
resource "aws_iam_policy" "orders_dynamodb" {
  name = "orders-dynamodb"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"]
      Resource = data.aws_dynamodb_table.orders.arn
    }]
  })
}

resource "aws_iam_role_policy_attachment" "orders_dynamodb" {
  role       = aws_iam_role.orders.name
  policy_arn = aws_iam_policy.orders_dynamodb.arn
}

provider "aws" {
  region = "eu-west-1"
}

data "aws_iam_policy_document" "logs" {
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["arn:aws:logs:us-east-1:*:log-group:/aws/lambda/orders-*"]
  }
}

resource "aws_iam_policy" "logs" {
  name   = "orders-logs"
  policy = data.aws_iam_policy_document.logs.json
}

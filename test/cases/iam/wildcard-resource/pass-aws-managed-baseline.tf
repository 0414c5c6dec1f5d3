# What AWS's own managed policies grant on "*": log writing (AWSLambdaBasicExecutionRole,
# the VPC Flow Logs role), a Lambda function's network interfaces in a VPC
# (AWSLambdaVPCAccessExecutionRole) and the AWS Config recorder (AWS_ConfigRole).
resource "aws_iam_role_policy" "lambda_vpc" {
  name = "lambda-vpc"
  role = "lambda-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"]
        Resource = "arn:aws:logs:*:*:*"
      },
      {
        Effect = "Allow"
        Action = [
          "ec2:CreateNetworkInterface",
          "ec2:DescribeNetworkInterfaces",
          "ec2:DeleteNetworkInterface",
          "ec2:AssignPrivateIpAddresses",
          "ec2:UnassignPrivateIpAddresses",
        ]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_role_policy" "flow_log" {
  name = "flow-log"
  role = "flow-log-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy" "config" {
  name = "config-recorder"
  role = "config-role"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["config:Put*", "config:Get*", "config:Describe*"]
      Resource = "*"
    }]
  })
}

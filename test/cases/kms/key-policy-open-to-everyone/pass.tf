data "aws_caller_identity" "current" {}

resource "aws_kms_key" "logs" {
  description = "Encrypts the application logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableIAMUserPermissions"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "AllowUseFromThisAccountOnly"
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:CallerAccount" = data.aws_caller_identity.current.account_id } }
      }
    ]
  })
}

# kms:* for every principal: kms/key-policy-open-to-everyone reports the principal, the defect.
resource "aws_kms_key" "data" {
  description = "data"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "data" {
  description         = "Encrypts the orders table"
  enable_key_rotation = true
}

# Asymmetric keys cannot rotate automatically.
resource "aws_kms_key" "signing" {
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
}

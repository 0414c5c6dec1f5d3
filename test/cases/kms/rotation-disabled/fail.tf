resource "aws_kms_key" "data" {
  description = "Encrypts the orders table"
}

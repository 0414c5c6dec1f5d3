resource "aws_kms_key" "data" {
  enable_key_rotation     = true
  description             = "Encrypts the data bucket"
  deletion_window_in_days = 7
}

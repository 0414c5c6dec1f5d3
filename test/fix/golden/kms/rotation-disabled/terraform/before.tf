resource "aws_kms_key" "data" {
  description             = "Encrypts the data bucket"
  deletion_window_in_days = 7
}

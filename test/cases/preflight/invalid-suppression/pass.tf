# preflight-ignore kms/rotation-disabled: rotated by hand, a new key and an alias swap every year (SEC-88)
resource "aws_kms_key" "archive" {
  description = "Encrypts the yearly archive exports"
}

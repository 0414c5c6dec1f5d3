resource "aws_kms_key" "data" {
  description             = "Encrypts ${local.name_prefix} pipeline artifacts, tables and function environments"
  deletion_window_in_days = 7
  enable_key_rotation     = true
}

resource "aws_kms_alias" "data" {
  name          = "alias/${local.name_prefix}-data"
  target_key_id = aws_kms_key.data.key_id
}

resource "aws_kms_key" "logs" {
  description             = "Encrypts ${local.name_prefix} log groups"
  deletion_window_in_days = 7
  enable_key_rotation     = true
  policy                  = data.aws_iam_policy_document.logs_key.json
}

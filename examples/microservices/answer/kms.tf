resource "aws_kms_key" "pipeline_key" {
  description             = "Encrypts pipeline artifacts, tables, logs and function environments"
  deletion_window_in_days = 7
}

resource "aws_kms_alias" "pipeline_key" {
  name          = "alias/${var.project_name}-pipeline"
  target_key_id = aws_kms_key.pipeline_key.key_id
}

resource "aws_config_config_rule" "root_access_key" {
  name = "root-access-key-check"

  source {
    owner             = "AWS"
    source_identifier = "IAM_ROOT_ACCESS_KEY_CHECK"
  }
}

# A review note quotes the one argument it changed; `# ...` stands for the rest of the resource.
resource "aws_rds_cluster" "secondary" {
  # ...
  kms_key_id = "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# An EFS creation token only makes a repeated create return the first file system;
# token validity units say how long Cognito tokens live. Neither is a credential.
resource "aws_efs_file_system" "shared" {
  creation_token = "shared-files"
  encrypted      = true
}

resource "aws_cognito_user_pool" "users" {
  name = "users"
}

resource "aws_cognito_user_pool_client" "app" {
  name         = "app"
  user_pool_id = aws_cognito_user_pool.users.id

  access_token_validity  = 60
  id_token_validity      = 60
  refresh_token_validity = 30

  token_validity_units {
    access_token  = "minutes"
    id_token      = "minutes"
    refresh_token = "days"
  }
}

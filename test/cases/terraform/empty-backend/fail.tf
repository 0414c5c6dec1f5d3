terraform {
  required_version = ">= 1.10"

  # No settings and no -backend-config file: terraform init prompts for each one.
  backend "s3" {}
}

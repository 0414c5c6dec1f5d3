terraform {
  required_version = ">= 1.10"

  # No settings anywhere: terraform init prompts for each one.
  backend "s3" {}
}

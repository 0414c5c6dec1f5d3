terraform {
  required_version = ">= 1.10"

  # Partial backend config: bucket, key and region are supplied at `terraform init -backend-config=...` time
  backend "s3" {}
}

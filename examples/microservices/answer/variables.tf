variable "aws_region" {
  description = "Region to deploy the microservices into"
  type        = string
  default     = "us-east-1"
}

variable "project_name" {
  description = "Prefix of every resource name"
  type        = string
  default     = "microservices"
}

variable "github_owner" {
  description = "Owner of the GitHub repository the pipeline builds"
  type        = string
}

variable "github_repo" {
  description = "GitHub repository the pipeline builds"
  type        = string
}

variable "github_branch" {
  description = "Branch that triggers the pipeline"
  type        = string
  default     = "main"
}

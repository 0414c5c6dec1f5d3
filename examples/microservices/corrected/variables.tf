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

variable "environment_suffix" {
  description = "Suffix that keeps the names of this deployment apart from others (e.g. dev, pr123)"
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9-]{1,20}$", var.environment_suffix))
    error_message = "environment_suffix must be 1-20 lowercase letters, digits or hyphens."
  }
}

variable "github_repository" {
  description = "GitHub repository the pipeline builds, as owner/name"
  type        = string
}

variable "github_branch" {
  description = "Branch that triggers the pipeline"
  type        = string
  default     = "main"
}

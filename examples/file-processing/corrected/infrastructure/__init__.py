"""The file-processing service: storage, processing, API and monitoring."""

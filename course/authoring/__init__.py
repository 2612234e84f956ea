"""Authoring the course: reading and rewriting notebooks, executing them, generating the release."""

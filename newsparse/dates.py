"""Caption dates. PLACEHOLDER: being written (issue 3)."""

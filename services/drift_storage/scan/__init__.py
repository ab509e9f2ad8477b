"""Scanning: discovery with git's ignore rules, confined reads, incremental scans and scan jobs."""

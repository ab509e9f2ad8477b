"""Projects: the repositories one drift service holds, each in a database of its own."""

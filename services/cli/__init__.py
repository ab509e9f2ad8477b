"""The ``drift-services`` command line."""

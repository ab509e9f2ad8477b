"""The ``drift-services`` command line."""

import os

# gRPC's C core writes its own log lines to stderr (``E0000 ... add_port.cc] Failed to add port``)
# next to the command's one-line error, which already says what went wrong. It reads this variable
# once, when grpc is first imported, so it is set before any import of grpc by the CLI (the
# ``serve`` children inherit it). GRPC_VERBOSITY=ERROR or DEBUG in the environment still wins.
os.environ.setdefault("GRPC_VERBOSITY", "NONE")

"""Keep gRPC's C core from printing its own log lines to the user's terminal.

Without this, a port in use shows ``E0000 ... add_port.cc:83] Failed to add port to server ...``
next to the command's one-line error, which already says what went wrong. The core reads
``GRPC_VERBOSITY`` once, when grpc is first imported, so ``main`` imports this module before
anything else; the ``serve`` children of ``up`` inherit the variable. A value already in the
environment (``GRPC_VERBOSITY=ERROR`` to debug gRPC itself) wins.
"""

import os

os.environ.setdefault("GRPC_VERBOSITY", "NONE")

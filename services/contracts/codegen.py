"""Generate the Python code of the protobuf contracts in ``protos/``.

``protoc`` writes absolute imports that follow the proto package (``from drift.common.v1 import
write_stats_pb2``). Our generated modules live under ``services.contracts`` so that they are
importable after install without touching ``sys.path``; this module rewrites those imports to
point there. Run it with ``make protos`` (``python -m services.contracts.codegen``).

Only the files under ``PROTO_ROOTS`` are generated: our contracts, and the vendored
``grpc/reflection/v1`` that grpcio-reflection does not ship (``services.common.reflection`` serves
it). The vendored ``google/rpc`` files are not: Python uses googleapis-common-protos, which
registers the same files in the descriptor pool, and a second copy would clash with it.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

PACKAGE = "services.contracts"
CONTRACTS_DIR = Path(__file__).resolve().parent
PROTO_ROOTS = ("drift", "cortex", "bridge", "grpc")


def proto_root() -> Path:
    """Directory of the ``.proto`` sources: the repository's ``protos/`` or its installed copy."""
    installed = CONTRACTS_DIR.parent / "protos"
    return installed if installed.is_dir() else CONTRACTS_DIR.parents[1] / "protos"


def proto_files(root: Path | None = None) -> list[Path]:
    """The ``.proto`` files to generate: those under ``PROTO_ROOTS`` of ``root``, relative to
    it, sorted."""
    root = root or proto_root()
    return sorted(
        p.relative_to(root) for name in PROTO_ROOTS for p in (root / name).rglob("*.proto")
    )


# Only imports of generated modules: the ``grpc`` root must not capture ``from grpc import ...``.
_IMPORT = re.compile(
    rf"^from ((?:{'|'.join(PROTO_ROOTS)})(?:\.\w+)*) import (\w+_pb2\b)", re.MULTILINE
)


def _rewrite_imports(source: str) -> str:
    return _IMPORT.sub(lambda m: f"from {PACKAGE}.{m.group(1)} import {m.group(2)}", source)


def generate(out_dir: Path, root: Path | None = None) -> list[Path]:
    """Compile every proto under ``root`` into ``out_dir`` and return the files written."""
    from grpc_tools import protoc  # dev dependency: only needed to regenerate

    root = root or proto_root()
    include = Path(protoc.__file__).parent / "_proto"
    args = [
        "grpc_tools.protoc",
        f"-I{root}",
        f"-I{include}",
        f"--python_out={out_dir}",
        f"--pyi_out={out_dir}",
        f"--grpc_python_out={out_dir}",
        *[str(p) for p in proto_files(root)],
    ]
    if protoc.main(args) != 0:
        raise RuntimeError("protoc failed; see its messages above")
    written = []
    for path in sorted(out_dir.rglob("*.py*")):
        if path.suffix in (".py", ".pyi"):
            path.write_text(_rewrite_imports(path.read_text()))
            written.append(path)
    for directory in {p.parent for p in written}:
        while directory != out_dir:
            (directory / "__init__.py").touch()
            directory = directory.parent
    return written


def main() -> int:
    """Regenerate ``services/contracts/{drift,cortex,bridge,grpc}`` from ``protos/``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(out)
        for name in PROTO_ROOTS:
            shutil.rmtree(CONTRACTS_DIR / name, ignore_errors=True)
            if (out / name).is_dir():
                shutil.copytree(out / name, CONTRACTS_DIR / name)
    print(f"generated Python code for {len(proto_files())} proto files in {CONTRACTS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

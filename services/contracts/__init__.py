"""Generated protobuf and gRPC code of the contracts in ``protos/`` (see ``codegen``)."""

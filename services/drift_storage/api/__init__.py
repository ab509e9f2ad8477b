"""The gRPC servicers of drift: translation between messages and the store and scan code."""

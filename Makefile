# The README's two commands are `make run` and `make test`; both install what they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
NODE_INSTALLED := node_modules/.installed

.PHONY: install run test lint protos contract bench clean

$(INSTALLED): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

$(NODE_INSTALLED): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(INSTALLED)

## Start drift, cortex and bridge on ./.drift, scan this directory, serve until Ctrl-C.
run: $(INSTALLED) $(NODE_INSTALLED)
	$(BIN)/drift-services up --scan .

## Lint the code and the protobuf contracts, then run every test.
test: lint
	$(BIN)/pytest

lint: $(INSTALLED) $(NODE_INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	npx --no-install buf lint
	npx --no-install buf breaking protos --against protos/contract.binpb

## Regenerate protos/.../tables.proto from the schema and catalog, then services/contracts.
protos: $(INSTALLED)
	$(BIN)/python -m services.drift_storage.store.table_protos
	$(BIN)/python -m services.contracts.codegen

## Record protos/ as the contract later changes must stay compatible with (protos/contract.binpb),
## after a compatible change: it checks compatibility first, so it never records a breaking one.
contract: $(NODE_INSTALLED)
	npx --no-install buf breaking protos --against protos/contract.binpb
	npx --no-install buf build protos --exclude-source-info -o protos/contract.binpb

## Benchmarks: print ratios against a baseline measured in the same run.
bench: $(INSTALLED)
	$(BIN)/python -m bench.ingest_file_metadata
	$(BIN)/python -m bench.ingest_analysis
	$(BIN)/python -m bench.scan
	$(BIN)/python -m bench.projects
	$(BIN)/python -m bench.queries

clean:
	rm -rf $(VENV) node_modules .drift .pytest_cache .ruff_cache .mypy_cache

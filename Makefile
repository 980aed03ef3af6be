# racegraph: `make test` is what CI runs (.ci/run). Targets:
#   venv        .venv with the package and its dev tools (redone when pyproject.toml changes)
#   run         the API with the sample graph on http://127.0.0.1:8000
#   test        pytest against a real Neo4j: $NEO4J_URI if set, else a throwaway one
#   neo4j       start the throwaway Neo4j; eval "$(make -s neo4j)" exports its address
#   neo4j-stop  stop it and delete its data
#   lint        ruff check
#   bench       extraction benchmark
#   clean       stop Neo4j, delete the venv, builds and caches

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := test

VENV := .venv
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: venv run test neo4j neo4j-stop lint bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@echo "venv: installing racegraph into $(VENV)" >&2
	@test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	@. $(VENV)/bin/activate && pip install -q --upgrade pip >&2 && pip install -e '.[dev]' >&2
	@touch $@

run: venv
	$(VENV)/bin/racegraph serve --sample

# Stops only a server it started, even when pytest fails, and exits with pytest's code.
test: venv
	@if [ -z "$${NEO4J_URI:-}" ]; then \
	  if scripts/neo4j.sh running; then \
	    echo "test: reusing the Neo4j that 'make neo4j' started" >&2; \
	  else \
	    trap 'scripts/neo4j.sh stop' EXIT; trap 'exit 130' INT; trap 'exit 143' TERM; \
	  fi; \
	  neo4j_env="$$(scripts/neo4j.sh start)"; eval "$$neo4j_env"; \
	else \
	  echo "test: using the Neo4j at $$NEO4J_URI" >&2; \
	fi; \
	RACEGRAPH_REQUIRE_NEO4J=1 $(VENV)/bin/python -m pytest $(PYTEST_ARGS)

neo4j:
	@scripts/neo4j.sh start

neo4j-stop:
	@scripts/neo4j.sh stop

lint: venv
	$(VENV)/bin/ruff check .

bench: venv
	$(VENV)/bin/racegraph bench extract

clean:
	@scripts/neo4j.sh stop
	rm -rf $(VENV) .neo4j neo4j/target build dist *.egg-info .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

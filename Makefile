# Tellus. `make help` lists the targets.
PYTHON ?= python3
PORT ?= 5000
VENV := .venv
BIN := $(VENV)/bin
FLASK := $(BIN)/flask --app wsgi
export PYTHONPATH := .
export PUBLIC_BASE_URL ?= http://127.0.0.1:$(PORT)

.DEFAULT_GOAL := help
.PHONY: help run test lint format translations translations-update migrate surveys-check bench clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-22s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

translations: $(VENV)/.runtime ## Compile the translation catalogs
	@$(BIN)/pybabel compile --use-fuzzy -d translations --statistics 2>&1 | grep -v '^compiling' || true

translations-update: $(VENV)/.dev ## Extract every string (app and surveys) and update the catalogs
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ --no-location --sort-output -o translations/messages.pot .
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching

migrate: $(VENV)/.runtime ## Create or update the database (DATABASE_URL, or an embedded SQLite file)
	@$(FLASK) db upgrade

surveys-check: $(VENV)/.runtime ## Validate every survey file
	@$(FLASK) surveys check

run: translations migrate ## Set up everything, load the surveys and the demo, and serve on http://127.0.0.1:5000
	@$(FLASK) surveys load
	@$(FLASK) seed-demo
	@echo "Serving on $(PUBLIC_BASE_URL) (Ctrl+C to stop)"
	@$(FLASK) run --host 127.0.0.1 --port $(PORT)

test: $(VENV)/.dev translations ## Run the whole test suite (TEST_DATABASE_URL=postgresql://... for PostgreSQL)
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(VENV)/.dev translations ## Run the benchmarks and print their figures
	$(BIN)/python benchmarks/page_weight.py
	$(BIN)/python benchmarks/invites.py
	$(BIN)/python benchmarks/analysis_eval.py

clean: ## Remove the virtualenv and the local database
	rm -rf $(VENV) instance

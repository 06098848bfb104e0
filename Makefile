VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip

.PHONY: run demo test install install-test corpus ner model bench clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e ".[dev]"
	touch $@

# the test suite also fine-tunes a tiny local BERT: it needs the transformers extra
$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -q -e ".[dev,transformers]"
	touch $@

install: $(VENV)/.installed

HOST ?= 127.0.0.1
PORT ?= 8000

# first run: trains and promotes the default model, creates the first admin account
run: install
	$(VENV)/bin/triage ensure-model
	$(VENV)/bin/triage serve --host $(HOST) --port $(PORT)

demo: install
	$(VENV)/bin/triage demo

test: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest; status=$$?; \
	  if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; fi; \
	  exit $$status

corpus: install
	$(VENV)/bin/triage generate --n 20000 --out data/corpus

ner: install
	$(PY) -m training.ner.train

model: install
	$(VENV)/bin/triage ensure-model

bench: install
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) data

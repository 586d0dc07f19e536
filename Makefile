# Set-up and everyday commands. `make run` and `make test` do all set-up on a fresh Debian machine with Swift.
SWIFT ?= swift
APT_PACKAGES := libxml2-dev libicu-dev pkg-config libarchive-dev zlib1g-dev libisal-dev
# Python packages the archive, WARC and Spark tests use to build their inputs (pinned). `make test-venv`
# installs them into TEST_VENV; `make test` hands that Python to the tests as SIFT_TEST_PYTHON.
TEST_VENV := .build/ci-venv
TEST_PY_PACKAGES := warcio==1.8.1 pyspark==3.5.3 zstandard==0.23.0 py7zr==0.22.0
RELEASE_BIN := .build/release/pipeline

.PHONY: deps build run test test-venv bench bench-batch eval schema clean

## Install missing system packages (apt-get when root; otherwise print the command to run).
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y $$missing; \
	  else echo "Missing system packages:$$missing"; echo "Install them with: sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; fi; \
	fi

## Build the `pipeline` binary in release mode.
build: deps
	$(SWIFT) build -c release --product pipeline

## Run the news pipelines (text; + entities, sentiment, stance) on the bundled samples; results in out/.
run: build
	@mkdir -p out
	$(RELEASE_BIN) run Pipelines/news.json -o out/news.jsonl
	$(RELEASE_BIN) run Pipelines/news-stance.json -o out/news-stance.jsonl --report out/news-stance.html
	@echo "wrote out/news.jsonl and out/news-stance.jsonl ($$(wc -l < out/news.jsonl) records each), and the report out/news-stance.html"

## Run the whole test suite (unit, config, CLI end-to-end; corpus tests when ../shared is present).
## Archive/WARC/Spark tests use SIFT_TEST_PYTHON, or $(TEST_VENV) when it exists (make test-venv).
test: deps
	$(SWIFT) build
	@# The tests' temporary folders go to one scratch folder (TMPDIR), removed afterwards whatever the outcome.
	scratch=$$(mktemp -d /tmp/sift-tests.XXXXXX); \
	SIFT_TEST_PYTHON="$${SIFT_TEST_PYTHON:-$$([ -x $(TEST_VENV)/bin/python ] && echo $(CURDIR)/$(TEST_VENV)/bin/python)}" \
	  TMPDIR="$$scratch" $(SWIFT) test; status=$$?; rm -rf "$$scratch"; exit $$status

## Create $(TEST_VENV) with the pinned Python packages the tests need (warcio, pyspark, zstandard, py7zr).
test-venv:
	@[ -x $(TEST_VENV)/bin/python ] || python3 -m venv $(TEST_VENV)
	$(TEST_VENV)/bin/pip install --quiet --disable-pip-version-check $(TEST_PY_PACKAGES)

## Throughput of each stage and end to end (news and news-stance pipelines) vs limit.c, gazetteer and sentiment rows, batch runs.
bench: build
	bash Tools/bench/bench.sh $(RELEASE_BIN)
	bash Tools/bench/bench.sh $(RELEASE_BIN) Pipelines/news-stance.json
	$(RELEASE_BIN) bench-gazetteer
	$(RELEASE_BIN) bench-sentiment
	bash Tools/bench/batch_bench.sh $(RELEASE_BIN)

## End-to-end throughput over 200 MB of pages as a directory, a tar.gz and a WARC.gz, --jobs 1 and 2, peak RSS.
bench-batch: build
	bash Tools/bench/batch_bench.sh $(RELEASE_BIN)

## Token and sentence-boundary F1 on UD English-EWT dev, with spaCy and pySBD measured in the same run.
eval: build
	bash Tools/eval/compare_segmentation.sh $(RELEASE_BIN)

## Regenerate Schemas/pipeline.schema.json from the registered stages.
schema:
	$(SWIFT) run pipeline schema > Schemas/pipeline.schema.json

clean:
	rm -rf .build out

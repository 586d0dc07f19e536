# Set-up and everyday commands. `make run` and `make test` do all set-up on a fresh Debian machine with Swift.
SWIFT ?= swift
APT_PACKAGES := libxml2-dev libicu-dev pkg-config
RELEASE_BIN := .build/release/pipeline

.PHONY: deps build run test bench eval schema clean

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

## Run the default news pipeline on the bundled samples; results in out/news.jsonl.
run: build
	@mkdir -p out
	$(RELEASE_BIN) run Pipelines/news.json -o out/news.jsonl
	@echo "wrote out/news.jsonl ($$(wc -l < out/news.jsonl) records)"

## Run the whole test suite (unit, config, CLI end-to-end; corpus tests when ../shared is present).
test: deps
	$(SWIFT) build
	$(SWIFT) test

## Throughput of each stage and end to end on ../shared/corpora/dev/extraction (release build).
bench: build
	bash Tools/bench/bench.sh $(RELEASE_BIN)

## Token and sentence-boundary F1 on UD English-EWT dev, with spaCy and pySBD measured in the same run.
eval: build
	bash Tools/eval/compare_segmentation.sh $(RELEASE_BIN)

## Regenerate Schemas/pipeline.schema.json from the registered stages.
schema:
	$(SWIFT) run pipeline schema > Schemas/pipeline.schema.json

clean:
	rm -rf .build out

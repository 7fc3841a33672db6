# sppctl — the two commands a newcomer needs: `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/sppctl

.PHONY: demo test build deps test-deps completions check-completions bench clean

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	$(SWIFT) build

## Builds, then lints the shipped examples, explains what applies to them, explains a rule and
## exports the checkout example to HAProxy.
demo: build
	@echo '$$ sppctl lint examples/'
	@$(BIN) lint --no-config examples/ || true
	@echo
	@echo '$$ sppctl explain examples/ --route shop/shop'
	@$(BIN) explain --no-config examples/ --route shop/shop
	@echo '$$ sppctl status examples/'
	@$(BIN) status --no-config examples/
	@echo
	@echo '$$ sppctl explain SPP101'
	@$(BIN) explain SPP101
	@echo
	@echo '$$ sppctl export --target haproxy examples/checkout'
	@$(BIN) export --no-config --target haproxy examples/checkout

## The whole test suite: unit, rule-example, golden, CLI and integration tests.
test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	@$(MAKE) --no-print-directory check-completions

## Regenerates the shell completion scripts in completions/.
completions: build
	$(BIN) --generate-completion-script bash > completions/sppctl.bash
	$(BIN) --generate-completion-script zsh > completions/_sppctl
	$(BIN) --generate-completion-script fish > completions/sppctl.fish

## Fails when completions/ is stale.
check-completions: build
	@for shell in bash zsh fish; do \
	  case $$shell in bash) file=completions/sppctl.bash;; zsh) file=completions/_sppctl;; fish) file=completions/sppctl.fish;; esac; \
	  $(BIN) --generate-completion-script $$shell | cmp -s - $$file || { echo "$$file is stale: run make completions"; exit 1; }; \
	done
	@echo "completions are up to date"

clean:
	rm -rf .build

## Speed and memory against the libyaml floor; writes Benchmarks/results.md.
bench: deps
	@scripts/install-deps.sh bench
	python3 Benchmarks/run.py

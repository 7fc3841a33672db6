# sppctl — the two commands a newcomer needs: `make demo` and `make test`.
SWIFT ?= swift
BIN := .build/debug/sppctl

.PHONY: demo test build deps test-deps completions check-completions docs check-docs man check-man install bench clean

PREFIX ?= /usr/local
# The date printed in the man page: fixed, so that regenerating it changes nothing.
MAN_DATE := 2026-11-28

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
	@$(MAKE) --no-print-directory check-completions check-docs check-man

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

## Regenerates docs/rules/ from the rules' own descriptions.
docs: build
	rm -rf docs/rules
	$(BIN) rules --markdown-dir docs/rules

## Fails when docs/rules/ is stale.
check-docs: build
	@rm -rf .build/docs-check && $(BIN) rules --markdown-dir .build/docs-check
	@diff -r .build/docs-check docs/rules >/dev/null || { echo "docs/rules is stale: run make docs"; exit 1; }
	@echo "docs/rules is up to date"

## Regenerates the man page docs/man/sppctl.1 with swift-argument-parser's manual plugin.
man: build
	$(SWIFT) package --allow-writing-to-package-directory generate-manual --date $(MAN_DATE) --configuration debug >/dev/null
	mkdir -p docs/man && cp .build/plugins/GenerateManual/outputs/sppctl/sppctl.1 docs/man/sppctl.1

## Fails when the man page is stale.
check-man: build
	@$(SWIFT) package --allow-writing-to-package-directory generate-manual --date $(MAN_DATE) --configuration debug >/dev/null
	@cmp -s .build/plugins/GenerateManual/outputs/sppctl/sppctl.1 docs/man/sppctl.1 || { echo "docs/man/sppctl.1 is stale: run make man"; exit 1; }
	@echo "docs/man/sppctl.1 is up to date"

## Builds a release and installs the binary, completions and man page under PREFIX. The Swift
## standard library and Foundation are linked in: the binary runs without the toolchain and
## starts in about half the time (no symbol lookups across a dozen shared libraries).
install: deps
	$(SWIFT) build -c release --product sppctl --static-swift-stdlib
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 .build/release/sppctl $(DESTDIR)$(PREFIX)/bin/sppctl
	install -m 644 docs/man/sppctl.1 $(DESTDIR)$(PREFIX)/share/man/man1/sppctl.1
	install -m 644 completions/sppctl.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/sppctl
	install -m 644 completions/_sppctl $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sppctl
	install -m 644 completions/sppctl.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sppctl.fish

clean:
	rm -rf .build

## Speed and memory against the libyaml floor; writes Benchmarks/results.md.
bench: deps
	@scripts/install-deps.sh bench
	python3 Benchmarks/run.py

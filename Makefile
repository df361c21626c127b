# Two commands for a fresh machine: `make run` and `make test`. Everything else is what they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
VENV_PY := $(VENV)/bin/python
RUN_DIR := .run
PORT ?= 8188
DEMO ?=
LOCK ?=
STORE ?=
COMFYUI ?= 0.30.0

.PHONY: run test lint test-python test-ui bundle-check build-ui setup comfyui browser clean

## make run: ComfyUI $(COMFYUI) with this pack on 127.0.0.1:$(PORT); DEMO=1 also starts the offline fake Civitai/HF;
## LOCK=models.lock.json first realizes it into $(RUN_DIR)/models (store: STORE=dir, default $(RUN_DIR)/store).
run: setup
	$(VENV_PY) -m tests.harness.run_comfyui --port $(PORT) --base-dir $(RUN_DIR) --comfyui $(COMFYUI) $(if $(DEMO),--demo) \
		$(if $(LOCK),--lock $(LOCK)) $(if $(STORE),--store $(STORE))

## make test: ruff, the UI's type check against the host's types, vitest, the bundle freshness check, and pytest (unit, real ComfyUI, real Chromium).
test: setup comfyui browser lint test-ui bundle-check test-python

setup: $(VENV)/.installed ui/node_modules/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV_PY) -m pip install -qq --disable-pip-version-check -r requirements-dev.txt
	touch $@

ui/node_modules/.installed: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund --loglevel=error
	touch $@

## The real ComfyUIs (0.3.75 and 0.30.0) in a cache outside the repo, keyed by tests/harness/comfyui-*-pins.txt.
comfyui: $(VENV)/.installed
	$(VENV_PY) -m tests.harness.provision_comfyui >/dev/null

## Debian's Chromium for the browser tests (playwright-core never downloads a browser).
browser:
	@command -v chromium >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test-ui: setup
	cd ui && npm run --silent typecheck && npm test --silent

bundle-check: setup
	cd ui && npm run --silent check-bundle

build-ui: setup
	cd ui && npm run build

# --rootdir=tests: the repo root is a package (ComfyUI imports it), so a checkout folder whose name is not a valid
# module name (e.g. "my-clone") must not become the tests' package root.
test-python: setup comfyui browser
	$(VENV_PY) -m pytest -q --rootdir=tests

clean:
	rm -rf $(VENV) ui/node_modules test-artifacts $(RUN_DIR)

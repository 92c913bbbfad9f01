# Shared set-up for scripts/serve and scripts/test (sourced, not run).
# Creates .venv from the pinned requirements when they change, and installs the core
# package in editable mode. Idempotent: a second run with nothing changed is instant.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3

portal_venv() {  # $1: requirements file
  local req="$ROOT/$1" stamp="$VENV/.installed-$(basename "$1")"
  if [ ! -x "$VENV/bin/python" ]; then
    echo "→ Tạo môi trường ảo .venv ($("$PY" --version))" >&2
    "$PY" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ "$req" -nt "$stamp" ] || [ "$ROOT/requirements.txt" -nt "$stamp" ] || [ "$ROOT/pyproject.toml" -nt "$stamp" ]; then
    echo "→ Cài thư viện theo $1" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e "$ROOT" 2>/dev/null \
      || "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps -e "$ROOT"
    touch "$stamp"
  fi
}

# Debian's Chromium for the browser tests; Playwright never downloads one. With it, the fonts
# of Liberation 2: Chromium recommends Liberation 1.x, which stands in for Arial and Times New
# Roman but lacks most Vietnamese letters (ổ, ị, ư…), each then drawn from another font in
# mid-word (printed handouts read "C ổ ng"). Liberation 2 has them all, at the widths of Arial
# and Times New Roman, the fonts most readers' computers have.
portal_chromium() {
  if [ -x /usr/bin/chromium ] && [ -d /usr/share/fonts/truetype/liberation2 ]; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "→ Cài Chromium của Debian (chromium, chromium-driver) và phông chữ fonts-liberation2" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-liberation2 >/dev/null
  else
    echo "Cần Chromium của Debian và phông chữ đủ dấu tiếng Việt: sudo apt-get install chromium chromium-driver fonts-liberation2" >&2
    return 1
  fi
}

portal_pdf_tools() {  # poppler-utils: pdftoppm turns printed handouts (PDF) into PNG pages to look at
  if command -v pdftoppm >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "→ Cài poppler-utils của Debian (pdftoppm, pdfinfo)" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  else
    echo "Nên cài poppler-utils để xem bản in: sudo apt-get install poppler-utils" >&2
  fi
}

portal_node_tools() {  # test-only browser tools (axe-core…), pinned in package-lock.json
  local stamp="$ROOT/node_modules/.installed"
  if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ]; then
    echo "→ Cài công cụ kiểm thử từ npm (package-lock.json)" >&2
    (cd "$ROOT" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)
    touch "$stamp"
  fi
}
export NO_MKDOCS_2_WARNING=1

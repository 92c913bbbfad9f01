"""Turn a built site into a copy that works from files (a USB stick for a commune office).

Published pages use directory addresses (``nghi-quyet/x/``) that a web server resolves to
``index.html``; a browser opening files does not. The offline copy rewrites every relative
link that ends in a folder so that it names the ``index.html`` inside it, and leaves out the
``<link rel="alternate">`` of feeds and calendars (they need the web). Nothing else changes,
so the copy contains exactly the published content.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

_LINK = re.compile(r'(?P<attr>\b(?:href|src|action))="(?P<url>[^"]*)"')
# Feeds and calendars need the web (a reader subscribes to an address), and the theme fetches a
# sitemap beside every <link rel="alternate">, which browsers refuse from files: leave them out.
_ALTERNATE = re.compile(r'\n?[ \t]*<link rel="alternate"[^>]*>')
_EXTERNAL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.\-]*:|//|#|/)")


def offline_url(url: str) -> str:
    """``../x/`` → ``../x/index.html``; ``./#top`` → ``index.html#top``; others unchanged."""
    if not url or _EXTERNAL.match(url):
        return url
    path, sep, rest = url.partition("#")
    query = ""
    if "?" in path:
        path, query = path.split("?", 1)
        query = "?" + query
    if path in (".", "./", "..") or path.endswith("/"):
        path = (path.rstrip("/") + "/" if path not in (".", "./") else "") + "index.html"
        if path.startswith("./"):
            path = path[2:]
    return path + query + (sep + rest if sep else "")


def offline_html(html: str) -> str:
    html = _ALTERNATE.sub("", html)
    return _LINK.sub(lambda m: f'{m.group("attr")}="{offline_url(m.group("url"))}"', html)


def make_offline_copy(site: Path, target: Path) -> int:
    """Copy ``site`` to ``target`` with file-friendly links; returns the number of pages rewritten."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(site, target)
    pages = 0
    for page in target.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        converted = offline_html(text)
        if converted != text:
            page.write_text(converted, encoding="utf-8")
            pages += 1
    return pages


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m portal.offline", description="Tạo bản sao của trang đã dựng để mở trực tiếp từ tệp (USB, máy không có mạng).")
    parser.add_argument("site", type=Path, help="thư mục trang đã dựng (mkdocs build)")
    parser.add_argument("target", type=Path, help="thư mục bản sao dùng ngoại tuyến")
    args = parser.parse_args(argv)
    pages = make_offline_copy(args.site, args.target)
    print(f"Đã tạo bản ngoại tuyến tại {args.target} ({pages} trang). Mở {args.target / 'index.html'} bằng trình duyệt.")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

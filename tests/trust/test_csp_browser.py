"""The Content-Security-Policy lets the site's own scripts run and stops injected ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from portal.security.csp import add_csp, policy_for
from tests.browsing import open_page

pytestmark = pytest.mark.browser

PAYLOADS = (
    '<script>window.__pwned = "script"</script>'
    '<img src="x" onerror="window.__pwned = \'onerror\'">'
    '<a id="evil" href="javascript:window.__pwned=\'href\'">x</a>'
)


def _violations(page) -> list[str]:
    return page.evaluate("window.__violations || []")


def _watch(page) -> None:
    page.add_init_script("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));")


def test_policy_lists_each_inline_script_hash() -> None:
    html = '<html><head><script>a()</script><script type="application/json">{}</script><script src="x.js"></script></head></html>'
    policy = policy_for(html)
    assert "script-src 'self' 'sha256-" in policy and policy.count("sha256-") == 1
    assert add_csp(html).startswith('<html><head><meta http-equiv="Content-Security-Policy"')


def test_own_scripts_run_without_violations(browser, site_url: str) -> None:
    with open_page(browser) as page:
        _watch(page)
        page.goto(site_url + "nghi-quyet/")
        assert page.evaluate("typeof window.__md_scope") != "undefined"  # the theme's inline script ran
        assert page.evaluate("typeof window.document$") != "undefined"  # and its bundle
        assert _violations(page) == []


def test_injected_script_and_handlers_are_blocked(browser, built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    target = site / "gioi-thieu" / "index.html"
    html = target.read_text(encoding="utf-8")
    target.write_text(html.replace("<h1", PAYLOADS + "<h1", 1), encoding="utf-8")  # as if a payload got through
    with open_page(browser) as page:
        _watch(page)
        page.goto(target.as_uri())
        page.click("#evil")
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned === undefined")
        assert any(v.startswith("script-src") for v in _violations(page))

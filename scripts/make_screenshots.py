"""Screenshots for the README: the terminal review (rich's SVG export) and the HTML review page.

usage: python scripts/make_screenshots.py   (needs Debian's chromium and playwright)

Each sample's terminal view is exported by rich as SVG and photographed, like
the HTML page, by headless Chromium; the PNGs go to docs/.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

from rich.console import Console

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parser import parse_file, read_file  # noqa: E402
from parser.review import review  # noqa: E402
from parser.review_html import OFFLINE_BROWSER_FLAGS, render_html  # noqa: E402

SAMPLES = ["uk-borough-council.txt", "us-city-council.txt"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    docs = Path("docs")
    os.chdir(ROOT)
    docs.mkdir(exist_ok=True)
    browser_path = shutil.which("chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=list(OFFLINE_BROWSER_FLAGS))
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        os.chdir(ROOT)  # relative paths in the pictures, not this machine's
        for name in SAMPLES:
            path = Path("samples") / name
            doc, source = parse_file(path), read_file(path)
            console = Console(record=True, width=88, file=open("/dev/null", "w"))  # noqa: SIM115
            for part in review(doc, source):
                console.print(part)
            # rich's SVG asks for a web font; offline, the page would wait for it.
            svg = re.sub(r"@font-face\s*\{[^}]*\}", "", console.export_svg(title=f"minutes review samples/{name}"))
            page.set_viewport_size({"width": 1000, "height": 800})
            page.set_content(f'<html><body style="margin:0;background:#fff">{svg}</body></html>')
            page.locator("svg").first.screenshot(path=str(docs / f"{path.stem}-terminal.png"))
            html = docs / f"{path.stem}-review.html"
            html.write_text(render_html(doc, source), encoding="utf-8")
            page.set_viewport_size({"width": 1280, "height": 800})
            page.goto(html.resolve().as_uri())
            page.locator("#source .k-questions").first.hover()
            page.screenshot(path=str(docs / f"{path.stem}-page.png"))
            html.unlink()
        browser.close()


if __name__ == "__main__":
    main()

"""A Civitai description (HTML) as plain text the card readers take, links kept in words.

Part of the Civitai source (`civitai`). Pure. Blocks become lines, list items `- ` lines and
headings Markdown headings (a "License" heading is a license section to the card readers); a
link keeps its address after its words, so a license linked from the description is read;
scripts, styles and comments are dropped.
"""

from __future__ import annotations

from html.parser import HTMLParser

MAX_DESCRIPTION_CHARS = 256 * 1024
"""A description is a few kilobytes; past this the rest is not read."""

_BLOCKS = frozenset({"p", "div", "br", "tr", "table", "ul", "ol", "blockquote", "pre", "hr"})
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "##### ", "h6": "###### "}
_DROPPED = frozenset({"script", "style", "template", "noscript"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped = 0
        self.links: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self.dropped += 1
        elif tag in _HEADINGS:
            self.parts.append("\n\n" + _HEADINGS[tag])
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif tag in _HEADINGS or tag in ("p", "div", "table", "ul", "ol", "blockquote", "pre"):
            self.parts.append("\n\n")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and href.startswith(("http://", "https://")):
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self.dropped:
            self.parts.append(data)


def description_text(html: str) -> str:
    """The words of a description, one block a paragraph (at most MAX_DESCRIPTION_CHARS read)."""
    parser = _Text()
    parser.feed(html[:MAX_DESCRIPTION_CHARS])
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip()

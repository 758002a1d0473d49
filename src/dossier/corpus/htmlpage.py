"""A scraped-looking news page around a gold article, for the articles whose source is `html`.

Several page shapes (navigation, cookie banner, teasers, comments, footer) so that the HTML reader is
tested on more than one layout. The shape is picked from the article id, so compiling is deterministic.
"""

from __future__ import annotations

import hashlib
from html import escape

from dossier.model import AnalysedDocument

_SHAPES = [
    (
        '<header><nav><a href="/">Startseite</a> | <a href="/politik">Politik</a>'
        ' | <a href="/wirtschaft">Wirtschaft</a> | <a href="/sport">Sport</a></nav></header>\n'
        '<div class="cookie-banner">Wir verwenden Cookies, um Ihnen das beste'
        " Nutzererlebnis zu bieten. <button>Alle akzeptieren</button></div>",
        '<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a1">Was die Reform für Familien bedeutet</a></li>'
        '<li><a href="/a2">Kommentar: Ein überfälliger Schritt</a></li></ul></aside>',
        "<footer>© Beispielverlag GmbH · Impressum · Datenschutz · Kontakt</footer>",
    ),
    (
        '<div id="top"><a class="logo" href="/">Der Beispielbote</a><ul class="menu"><li>Region</li><li>Kultur</li>'
        "<li>Newsletter</li></ul></div>",
        '<section class="comments"><h3>Kommentare (3)</h3><p class="comment">Das wurde aber auch Zeit!</p>'
        '<p class="comment">Wer soll das bezahlen?</p></section>',
        '<div class="footer">Alle Rechte vorbehalten. <a href="/agb">AGB</a></div>',
    ),
    (
        '<header class="site"><span>Nachrichten aus aller Welt</span><form><input placeholder="Suche"></form></header>',
        '<div class="teaser"><h4>Lesen Sie auch</h4><a href="/b1">Die wichtigsten Fragen und Antworten</a></div>'
        '<div class="social">Teilen: Facebook | X | WhatsApp</div>',
        "<footer><p>Zur Startseite</p><p>© 2025 Beispiel Medien</p></footer>",
    ),
]


def render_page(doc: AnalysedDocument, source_paras: list[tuple[str, str | None]], author: str = "Redaktion") -> str:
    """The page: metadata in <head>, the article's paragraphs and headings, noise lines in their places."""
    shape = _SHAPES[int(hashlib.sha1(doc.id.encode()).hexdigest(), 16) % len(_SHAPES)]
    headings = {h.text for h in doc.cleaning.headings}
    body = []
    for text, reason in source_paras:
        tag = "h2" if reason is None and text in headings else "p"
        body.append(f"<{tag}>{escape(text)}</{tag}>")
    return "\n".join(
        [
            "<!doctype html>",
            '<html lang="de"><head><meta charset="utf-8">',
            f"<title>{escape(doc.title or '')} | Beispielzeitung</title>",
            f'<meta property="og:title" content="{escape(doc.title or "", quote=True)}">',
            f'<meta name="author" content="{escape(author, quote=True)}">',
            f'<meta property="article:published_time" content="{doc.published}T08:00:00+01:00">',
            "</head><body>",
            shape[0],
            "<main><article>",
            f"<h1>{escape(doc.title or '')}</h1>",
            *body,
            "</article>",
            shape[1],
            "</main>",
            shape[2],
            "</body></html>",
            "",
        ]
    )

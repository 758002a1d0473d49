"""A scraped-looking news page around a gold article, for the articles whose source is `html`.

Page shapes differ in the chrome around the article (navigation, cookie banner, teasers, comments,
footer), in how the article's head is written (plain `<h1>`, or a header with byline and `<time>`), in
metadata (Open Graph or JSON-LD) and in boxes inside the article (photo with credit, "Lesen Sie auch").
None of that is article text, so a good HTML reader returns the gold text. The shape is picked from the
article id, so compiling is deterministic.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from html import escape

from dossier.model import AnalysedDocument


@dataclass(frozen=True)
class _Shape:
    top: str
    bottom: str
    footer: str
    byline: bool  # header with author and <time> inside the article
    json_ld: bool  # schema.org metadata instead of Open Graph
    inset: str  # a box after the first paragraph ("" for none)


_SHAPES = [
    _Shape(
        '<header><nav><a href="/">Startseite</a> | <a href="/politik">Politik</a>'
        ' | <a href="/wirtschaft">Wirtschaft</a> | <a href="/sport">Sport</a></nav></header>\n'
        '<div class="cookie-banner">Wir verwenden Cookies, um Ihnen das beste'
        " Nutzererlebnis zu bieten. <button>Alle akzeptieren</button></div>",
        '<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a1">Was die Reform für Familien bedeutet</a></li>'
        '<li><a href="/a2">Kommentar: Ein überfälliger Schritt</a></li></ul></aside>',
        "<footer>© Beispielverlag GmbH · Impressum · Datenschutz · Kontakt</footer>",
        byline=False,
        json_ld=False,
        inset="",
    ),
    _Shape(
        '<div id="top"><a class="logo" href="/">Der Beispielbote</a><ul class="menu"><li>Region</li><li>Kultur</li>'
        "<li>Newsletter</li></ul></div>",
        '<section class="comments"><h3>Kommentare (3)</h3><p class="comment">Das wurde aber auch Zeit!</p>'
        '<p class="comment">Wer soll das bezahlen?</p></section>',
        '<div class="footer">Alle Rechte vorbehalten. <a href="/agb">AGB</a></div>',
        byline=True,
        json_ld=True,
        inset='<figure><img src="/bilder/aufmacher.jpg" alt=""><figcaption>Symbolbild. Foto: Bildagentur'
        "</figcaption></figure>",
    ),
    _Shape(
        '<header class="site"><span>Nachrichten aus aller Welt</span><form><input placeholder="Suche"></form></header>',
        '<div class="social">Teilen: Facebook | X | WhatsApp</div>',
        "<footer><p>Zur Startseite</p><p>© 2025 Beispiel Medien</p></footer>",
        byline=True,
        json_ld=False,
        inset='<aside class="teaser"><h4>Lesen Sie auch</h4><a href="/b1">Die wichtigsten Fragen und Antworten</a>'
        "</aside>",
    ),
    _Shape(
        '<div class="topbar"><a href="/abo">Jetzt abonnieren</a> <a href="/login">Anmelden</a></div>'
        '<nav class="ressorts"><a href="/">Home</a> <a href="/lokales">Lokales</a> <a href="/welt">Welt</a></nav>',
        '<div class="newsletter"><p>Der Morgen-Newsletter: alles Wichtige in fünf Minuten.</p>'
        '<input placeholder="E-Mail-Adresse"><button>Anmelden</button></div>',
        "<footer><ul><li>Impressum</li><li>Datenschutz</li><li>Cookie-Einstellungen</li></ul></footer>",
        byline=False,
        json_ld=True,
        inset="",
    ),
]


def _head(doc: AnalysedDocument, author: str, shape: _Shape) -> list[str]:
    title = escape(doc.title or "")
    published = f"{doc.published}T08:00:00+01:00"
    if shape.json_ld:
        data = {
            "@type": "NewsArticle",
            "headline": doc.title,
            "datePublished": published,
            "author": {"@type": "Person", "name": author},
        }
        ld = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")  # script text is not HTML-escaped
        meta = f'<script type="application/ld+json">{ld}</script>'
    else:
        meta = f'<meta property="og:title" content="{escape(doc.title or "", quote=True)}">'
    return [
        "<!doctype html>",
        '<html lang="de"><head><meta charset="utf-8">',
        f"<title>{title} | Beispielzeitung</title>",
        meta,
        f'<meta name="author" content="{escape(author, quote=True)}">',
        f'<meta property="article:published_time" content="{published}">',
        "</head><body>",
    ]


def _article_head(doc: AnalysedDocument, author: str, shape: _Shape) -> list[str]:
    h1 = f"<h1>{escape(doc.title or '')}</h1>"
    if not shape.byline:
        return [h1]
    day = ".".join(reversed((doc.published or "").split("-")))
    return [
        f'<header>{h1}<p class="byline">Von {escape(author)} · <time datetime="{doc.published}">{day}</time></p>'
        "</header>"
    ]


def render_page(doc: AnalysedDocument, source_paras: list[tuple[str, str | None]], author: str = "Redaktion") -> str:
    """The page: metadata in <head>, the article's paragraphs and headings, noise lines in their places."""
    shape = _SHAPES[int(hashlib.sha1(doc.id.encode()).hexdigest(), 16) % len(_SHAPES)]
    headings = {h.text for h in doc.cleaning.headings}
    body = []
    for text, reason in source_paras:
        tag = "h2" if reason is None and text in headings else "p"
        body.append(f"<{tag}>{escape(text)}</{tag}>")
        if shape.inset and len(body) == 1:
            body.append(shape.inset)
    return "\n".join(
        [
            *_head(doc, author, shape),
            shape.top,
            "<main><article>",
            *_article_head(doc, author, shape),
            *body,
            "</article>",
            shape.bottom,
            "</main>",
            shape.footer,
            "</body></html>",
            "",
        ]
    )

"""Import of each format: plain text, Markdown, saved HTML (no scripts, nothing fetched), PDF, and a URL."""

import http.server
import threading
from contextlib import contextmanager

import pytest
from pdf_maker import make_pdf

from reader.core.documents.errors import LoadError
from reader.core.documents.loader import load_any, load_path, load_text, load_url

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Storm Hits the Coast | The Daily Example</title>
<meta property="og:title" content="Storm Hits the Coast">
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<script>document.write("SCRIPT TEXT")</script><style>body{color:red}</style>
<link rel="stylesheet" href="http://127.0.0.1:1/style.css"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Storm Hits the Coast</h1>
<p>The storm hit the coast on Monday, flooding hundreds of homes along the shore. Officials said the damage was severe and that rescue teams worked through the night.</p>
<img src="http://127.0.0.1:1/photo.jpg" alt="flooded street">
<p>Mr. Smith, the mayor, asked the national government for help. “We cannot do this alone,” he said. Residents were told to stay indoors until Wednesday.</p>
<p>Forecasters expect more rain later this week, and the river is expected to rise by 3.5 metres before it falls again.</p>
</article><footer>Copyright 2024 The Daily Example. All rights reserved.</footer></body></html>"""


def _check_html_doc(doc):
    assert (doc.title, doc.author, doc.outlet, doc.date) == ("Storm Hits the Coast", "Jane Doe", "The Daily Example", "2024-03-05")
    assert "SCRIPT TEXT" not in doc.text and "color:red" not in doc.text and "Home" not in doc.text
    assert len(doc.paragraphs) == 3
    assert "Mr. Smith, the mayor, asked the national government for help." in doc.sentence_texts()


def test_plain_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Bridge Vote Splits Council\n\nThe council voted on Monday. It was close.\n", encoding="utf-8")
    doc = load_path(path, "d7")
    assert (doc.id, doc.source, doc.title) == ("d7", str(path), "Bridge Vote Splits Council")
    assert doc.text == "The council voted on Monday. It was close."
    assert doc.sentence_texts() == ["The council voted on Monday.", "It was close."]


def test_pasted_text_without_a_headline_keeps_its_first_sentence():
    doc = load_text("The council voted on Monday after a long debate. It was close.", "pasted", "d1")
    assert doc.text.startswith("The council voted on Monday")
    assert doc.title.startswith("The council voted on Monday")


def test_html_by_suffix_and_by_content(tmp_path):
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    _check_html_doc(load_path(tmp_path / "page.html", "d1"))
    (tmp_path / "saved.txt").write_text(HTML, encoding="utf-8")  # sniffed by content
    _check_html_doc(load_path(tmp_path / "saved.txt", "d1"))


def test_markdown_front_matter_heading_links_images(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: \"Rain Returns\"\nauthor: Sam Roe\ndate: 2024-04-01\n---\n\n"
                    "The **rain** returned on _Tuesday_, and [the city](https://example.com) closed two roads. "
                    "![a photo](x.png)\n\n## What happens next\n\nOfficials said the roads would reopen on Friday.\n",
                    encoding="utf-8")
    doc = load_path(path, "d1")
    assert (doc.title, doc.author, doc.date) == ("Rain Returns", "Sam Roe", "2024-04-01")
    assert [p.slice(doc.text) for p in doc.paragraphs] == [
        "The rain returned on Tuesday, and the city closed two roads.", "What happens next",
        "Officials said the roads would reopen on Friday."]
    path2 = tmp_path / "b.md"
    path2.write_text("# Wind Farm Approved\n\nThe council *approved* the farm. Critics objected.\n", encoding="utf-8")
    doc2 = load_path(path2, "d2")
    assert doc2.title == "Wind Farm Approved" and doc2.text == "The council approved the farm. Critics objected."


def test_pdf_text_layer_and_metadata(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(make_pdf(["Storm Hits the Coast", "", "The storm hit the coast on Monday. Officials said",
                               "the damage was severe. Mr. Smith, the mayor, asked for help."],
                              title="Storm Hits the Coast", author="Jane Doe"))
    doc = load_path(path, "d1")
    assert (doc.title, doc.author) == ("Storm Hits the Coast", "Jane Doe")
    assert doc.sentence_texts() == ["The storm hit the coast on Monday.", "Officials said the damage was severe.",
                                    "Mr. Smith, the mayor, asked for help."]


def test_pdf_without_text_layer_and_damaged_pdf(tmp_path):
    (tmp_path / "scan.pdf").write_bytes(make_pdf(None))
    with pytest.raises(LoadError, match="no text layer"):
        load_path(tmp_path / "scan.pdf", "d1")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\ngarbage\n")
    with pytest.raises(LoadError, match="PDF"):
        load_path(tmp_path / "bad.pdf", "d1")


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    requested: list = []

    def do_GET(self):  # noqa: N802 - http.server API
        self.requested.append(self.path)
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        body, ctype = route
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@contextmanager
def _server(routes):
    _Handler.routes = routes
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_url_html_text_pdf_and_errors():
    pdf = make_pdf(["The storm hit the coast on Monday. Officials said the damage was severe."])
    routes = {
        "/story": (HTML.encode("utf-8"), "text/html; charset=utf-8"),
        "/plain": ("Bridge Vote\n\nThe council voted. It was close.".encode("cp1252"), "text/plain; charset=windows-1252"),
        "/doc": (pdf, "application/pdf"),
    }
    with _server(routes) as base:
        _check_html_doc(load_url(base + "/story", "d1"))
        assert load_any(base + "/plain", "d2").text == "The council voted. It was close."
        assert "Officials said the damage was severe." in load_any(base + "/doc", "d3").sentence_texts()
        with pytest.raises(LoadError, match="HTTP 404") as err:
            load_url(base + "/missing", "d4")
        assert str(err.value).startswith(base + "/missing: ")


def test_url_connection_refused_and_timeout():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(LoadError, match="connection refused"):
        load_url(f"http://127.0.0.1:{port}/x", "d1", timeout=2)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection but never answers
    try:
        with pytest.raises(LoadError, match="timed out"):
            load_url(f"http://127.0.0.1:{listener.getsockname()[1]}/slow", "d1", timeout=0.5)
    finally:
        listener.close()


WORDPRESS_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Town Fights Plan for New Dam - Valley Voice</title>
<meta property="og:site_name" content="Valley Voice">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Town Fights Plan for New Dam","author":{"@type":"Person","name":"Maria Lopez"},"datePublished":"2023-06-14"}</script>
</head><body>
<header><a href="#main">Skip to content</a><ul class="menu"><li>Home</li><li>Politics</li><li>Environment</li></ul></header>
<main id="main"><article class="post">
<h1 class="entry-title">Town Fights Plan for New Dam</h1>
<div class="byline">By Maria Lopez | June 14, 2023</div>
<div class="entry-content">
<p>Residents of the valley packed the town hall on Tuesday to oppose a plan for a new dam upstream. The regional water board says the dam would secure supplies for the next thirty years.</p>
<p>“We were never asked,” said Ana Ruiz, who farms near the river. “They decided first and informed us later.”</p>
<p>Advertisement</p>
<p>Engineers for the board said the reservoir would flood about 400 hectares. Critics said the board ignored cheaper options, such as fixing leaking pipes, which lose 30 percent of the water.</p>
<p>The board will vote on the plan in September. Opponents have asked the state to review it first.</p>
<div class="donate"><h3>Support independent local journalism</h3><p>Valley Voice is funded by readers like you. Please make a donation today to keep our reporting free.</p></div>
<div class="share">Share this: Facebook Twitter Email</div>
</div></article>
<section id="comments"><h2>12 Comments</h2><p>Great article! - Bob</p><p>Leave a Reply</p></section>
</main><footer>© 2023 Valley Voice. All rights reserved.</footer></body></html>
"""


def test_saved_blog_page_metadata_from_json_ld_and_clutter_removed(tmp_path):
    path = tmp_path / "dam.htm"
    path.write_text(WORDPRESS_PAGE, encoding="utf-8")
    doc = load_path(path, "d1")
    assert (doc.title, doc.author, doc.outlet, doc.date) == ("Town Fights Plan for New Dam", "Maria Lopez", "Valley Voice", "2023-06-14")
    assert len(doc.paragraphs) == 4
    assert doc.text.endswith("Opponents have asked the state to review it first.")
    for junk in ("Advertisement", "donation", "Skip to content", "Leave a Reply", "Great article", "All rights reserved"):
        assert junk not in doc.text
    assert {"advertisement", "donation appeal"} <= {r.reason for r in doc.removed}


def test_url_is_fetched_once_and_nothing_else():
    page = HTML.replace("http://127.0.0.1:1/", "/")  # stylesheet and image on the same server
    routes = {"/story": (page.encode("utf-8"), "text/html"), "/style.css": (b"body{}", "text/css"),
              "/photo.jpg": (b"\xff\xd8\xff", "image/jpeg")}
    _Handler.requested = []
    with _server(routes) as base:
        _check_html_doc(load_url(base + "/story", "d1"))
    assert _Handler.requested == ["/story"]


def test_markdown_sniffed_in_a_txt_file_and_in_pasted_text(tmp_path):
    md_text = "# Wind Farm Approved\n\nThe council *approved* the [farm](https://example.org). Critics objected.\n"
    (tmp_path / "notes.txt").write_text(md_text, encoding="utf-8")
    for doc in (load_path(tmp_path / "notes.txt", "d1"), load_text(md_text, "pasted", "d2")):
        assert doc.title == "Wind Farm Approved"
        assert doc.text == "The council approved the farm. Critics objected."


def test_html_title_from_title_element_without_the_site_name(tmp_path):
    page = ("<html><head><title>Programming a Guessing Game - The Example Book</title></head><body>"
            "<nav><h1>The Example Book</h1><h2>Keyboard shortcuts</h2></nav><main>"
            "<h1>Programming a Guessing Game</h1><p>Let us jump into the language by working through a project. "
            "We will write a small game that guesses numbers.</p><p>The program asks for a guess and says whether "
            "it is too low or too high. It ends when the guess is right.</p></main></body></html>")
    (tmp_path / "game.html").write_text(page, encoding="utf-8")
    doc = load_path(tmp_path / "game.html", "d1")
    assert doc.title == "Programming a Guessing Game"
    assert doc.text.startswith("Let us jump into the language")


def test_load_any_takes_paths_and_file_urls(tmp_path):
    path = tmp_path / "my story.txt"
    path.write_text("Bridge Vote\n\nThe council voted. It was close.", encoding="utf-8")
    assert load_any(str(path), "d1").text == "The council voted. It was close."
    assert load_any(path.as_uri(), "d2").text == "The council voted. It was close."
    with pytest.raises(LoadError, match="no such file"):
        load_any(str(tmp_path / "nothing.txt"), "d3")

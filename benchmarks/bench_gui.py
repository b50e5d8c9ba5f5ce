"""Prints how long the window takes to show a comparison (marks, bands, panels): the samples and six long corpus articles."""
import os
import tempfile
import time

from _common import CORPUS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
d = tempfile.mkdtemp(); os.environ["PARALLAX_CONFIG_DIR"] = d
os.environ["PARALLAX_DATA_DIR"] = d
from reader.gui.app import make_application
app = make_application()
from reader.gui import tasks
tasks.set_inline(True)
from reader.core.analysis import analyze
from reader.core.documents.loader import load_path
from reader.gui.main_window import MainWindow
from reader.paths import seed_files
corpus = [str(p) for p in sorted(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)[-6:]]
for name, files in (("samples", [str(p) for p in seed_files()]), ("6 longest corpus articles", corpus)):
    docs = [load_path(f, f"d{i+1}") for i, f in enumerate(files)]
    comp = analyze(docs)
    w = MainWindow(); w.resize(1800, 1000); w.show(); app.processEvents()
    t0 = time.perf_counter()
    w.session.comparison = comp; w.session.comparison_changed.emit(); app.processEvents()
    t1 = time.perf_counter()
    w.view.select_widest_event(); app.processEvents()
    t2 = time.perf_counter()
    marks = sum(len(p.text.extraSelections()) for p in w.view.panes)
    chars = sum(len(x.text) for x in docs)
    print(f"{name}: {len(docs)} articles, {chars} chars, {marks} marks: shown in {1000*(t1-t0):.0f} ms, event selected+scrolled in {1000*(t2-t1):.0f} ms")
    w.close()

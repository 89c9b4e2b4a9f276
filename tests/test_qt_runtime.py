"""Guards against the PySide6 6.12.0 / Python 3.11 reference-count crash.

That combination loses a reference to True on every signal emit and to None on
every paint() called without a widget; the process then aborts. The check runs
in a child process so that an abort fails this test instead of the whole run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, QRectF, Signal
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

    app = QApplication([])

    class Emitter(QObject):
        fired = Signal(int)

    class Box(QGraphicsItem):
        def boundingRect(self):
            return QRectF(0, 0, 10, 10)

        def paint(self, painter, option, widget=None):
            painter.drawRect(0, 0, 10, 10)

    emitter = Emitter()
    received = []
    emitter.fired.connect(received.append)
    true_refs = sys.getrefcount(True)
    for i in range(10_000):
        emitter.fired.emit(i)
    true_drift = sys.getrefcount(True) - true_refs

    scene = QGraphicsScene()
    for i in range(20):
        box = Box()
        box.setPos(i * 12, 0)
        scene.addItem(box)
    image = QImage(300, 20, QImage.Format.Format_ARGB32)
    none_refs = sys.getrefcount(None)
    for _ in range(300):
        painter = QPainter(image)
        scene.render(painter)
        painter.end()
    none_drift = sys.getrefcount(None) - none_refs
    print(len(received), true_drift, none_drift)
    """
)


def test_signals_and_painting_do_not_leak_references() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    received, true_drift, none_drift = map(int, result.stdout.split())
    assert received == 10_000
    # 6,000 paints: a per-paint leak would show thousands; allow unrelated noise.
    assert abs(true_drift) < 100
    assert abs(none_drift) < 500

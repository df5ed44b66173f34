#!/usr/bin/env python3
"""Render resources/icons/composer.svg to the PNG sizes desktops and installers use."""
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv)
icons = Path(sys.argv[1])
renderer = QSvgRenderer(str(icons / "composer.svg"))
for size in (16, 24, 32, 48, 64, 128, 256, 512):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(icons / f"composer-{size}.png"))
print("ok")

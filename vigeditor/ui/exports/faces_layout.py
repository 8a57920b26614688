"""The widgets of the export dialog's face preview and how they are laid out (the
behaviour is :class:`vigeditor.ui.exports.faces_panel.FacesPanel`'s): the tick "Blur faces
of people without consent"; under it, when ticked, the export's pictures (for documents),
the picture with a slider to step through the exported frames and the progress of finding
faces, and beside it the faces and the frames where detection was unsure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vigeditor.ui.exports.faces_list import FacesList
from vigeditor.ui.exports.faces_view import FacePicture


class FacesLayout(QWidget):
    """The preview's widgets, laid out (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.blur = QCheckBox(self.tr("&Blur faces of people without consent"))
        self.blur.setAccessibleName(self.tr("Blur faces of people without consent"))
        self.body = QWidget()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.blur)
        layout.addWidget(self.body, 1)
        self.body.hide()

    # -- layout -----------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Pictures in this export"))
        self.picture = FacePicture()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Frame shown"))
        self.frame_label = QLabel()
        self.faces = FacesList()
        self.unsure = QListWidget()
        self.unsure.setAccessibleName(self.tr("Frames where detection was unsure"))
        self.unsure.setWordWrap(True)
        self.unsure.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Face finding"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Finding faces"))
        self.stop_button = QPushButton(self.tr("S&top finding faces"))
        self.again_button = QPushButton(self.tr("Find faces a&gain"))
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._column(self.tr("Pictures:"), self.items))
        splitter.addWidget(self._centre())
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._caption(self.tr("Faces (tick those who stay visible):"),
                                       self.faces))
        column.addWidget(self.faces, 3)
        column.addWidget(self._caption(self.tr("Detection unsure:"), self.unsure))
        column.addWidget(self.unsure, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        self.splitter = splitter

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(buddy)
        return label

    def _column(self, text: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._caption(text, widget))
        column.addWidget(widget, 1)
        return holder

    def _centre(self) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.picture, 1)
        steps = QHBoxLayout()
        steps.addWidget(self.slider, 1)
        steps.addWidget(self.frame_label)
        column.addLayout(steps)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.stop_button)
        working.addWidget(self.again_button)
        column.addLayout(working)
        column.addWidget(self.status)
        return holder

"""The timeline: ruler, thumbnail strip, moments, clips and stills of the current recording.

Reads the case through ``CaseSession`` events and the editor through ``EditorState``
signals; it changes the editor only through ``EditorState`` setters and never calls other
views. Positions are exact frame indices: frame ``f`` occupies the cell
``[x_of(f), x_of(f + 1))``, and a click anywhere in that cell goes to ``f``.

Mouse: click or drag on the ruler, strip or empty lanes scrubs; click a marker, clip or
still to select it and go to its frame; click a cluster (a pill with a count) to zoom into
it. The plain mouse wheel (with or without Ctrl) zooms around the pointer; Shift+wheel or a
sideways wheel/trackpad scrolls. Keys: ``+``/``-`` zoom around the playhead, ``0`` shows
the whole recording. The deepest zoom gives every frame ``MAX_PIXELS_PER_FRAME`` pixels.

Thumbnails come from outside: the timeline emits ``thumbnails_wanted(count, width)`` (after
resizing or zooming settles) and the main window connects it to the frame worker, whose
``thumbnails_ready`` goes to :meth:`Timeline.set_thumbnails`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollBar, QWidget

from vigeditor.project.events import CaseChanged
from vigeditor.project.model import Recording
from vigeditor.ui.editor_state import EditorState
from vigeditor.ui.session import CaseSession
from vigeditor.ui.timeline.data import TimelineData
from vigeditor.ui.timeline.hits import Hit, item_at, moment_marker_rect
from vigeditor.ui.timeline.input import TimelineInput
from vigeditor.ui.timeline.items import (
    paint_clips,
    paint_moments,
    paint_stills,
)
from vigeditor.ui.timeline.lane_hits import suggestion_at
from vigeditor.ui.timeline.lanes import LaneResults, LaneTracks
from vigeditor.ui.timeline.model import CLIP_ROWS, Clusters, Viewport
from vigeditor.ui.timeline.paint import (
    EXTRA_LANES,
    Lanes,
    Look,
    Scene,
    paint_grid,
    paint_marks,
    paint_playhead,
    paint_ruler,
    paint_strip,
)
from vigeditor.ui.timeline.paint_lanes import paint_lanes
from vigeditor.ui.timeline.strip import StripSize, ThumbnailStrip

ZOOM_STEP = 1.5


class Timeline(TimelineInput):
    """The recording's timeline (see the module docstring for mouse and keys)."""

    thumbnails_wanted = Signal(int, int)  # count, width in device pixels

    def __init__(self, session: CaseSession, state: EditorState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.state = session, state
        self.view = Viewport()
        self.data = TimelineData(session.case)
        self.tracks = LaneTracks(session, state, self)  # waveform, voices, faces, suggestions
        self._clusters: Clusters | None = None
        self._clusters_key: tuple[float, int] | None = None
        self._scrubbing = False
        self._look_cache: tuple[tuple[int, str], Look] | None = None
        self._setup_widgets()
        self.tracks.changed.connect(self._lanes_changed)
        session.changed.connect(self._on_case_changed)
        state.recording_changed.connect(self._on_recording_changed)
        state.table_changed.connect(lambda _table: self._table_changed(fit=False))
        state.frame_changed.connect(self._on_frame_changed)
        state.marks_changed.connect(lambda _in, _out: self.update())
        state.selection_changed.connect(lambda _selection: self.update())
        state.filter_changed.connect(self._on_filter_changed)
        self._on_recording_changed(state.recording)

    def _setup_widgets(self) -> None:
        self.setAccessibleName(self.tr("Timeline"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(120)
        self.scrollbar = QScrollBar(Qt.Orientation.Horizontal, self)
        self.scrollbar.setAccessibleName(self.tr("Timeline scroll"))
        self.scrollbar.hide()
        self.scrollbar.valueChanged.connect(self._on_scrolled)
        self.strip = ThumbnailStrip(self._strip_size, lambda: self.state.recording, self)
        self.strip.wanted.connect(self.thumbnails_wanted)

    def sizeHint(self) -> QSize:
        return QSize(900, 160)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 120)

    # -- mapping and zoom (public, also for tests) ------------------------------------------

    @property
    def pixels_per_frame(self) -> float:
        return self.view.pixels_per_frame

    def x_of_frame(self, frame: int) -> float:
        """Left edge of frame ``frame``'s cell in widget coordinates."""
        return self.view.x_of(frame)

    def frame_at(self, x: float) -> int:
        """The exact frame under widget x (clamped to the recording)."""
        return self.view.frame_at(x)

    def lanes(self) -> Lanes:
        bar = self.scrollbar.sizeHint().height() if self.scrollbar.isVisibleTo(self) else 0
        return Lanes.layout(self.width(), self.height() - bar, CLIP_ROWS, self.tracks.shown())

    def set_zoom(self, pixels_per_frame: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the frame under ``anchor_x`` in place (default: the playhead)."""
        if anchor_x is None:
            anchor_x = self._playhead_anchor()
        self.view.zoom(pixels_per_frame, anchor_x)
        self._view_changed()

    def zoom_in(self) -> None:
        self.set_zoom(self.view.pixels_per_frame * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.view.pixels_per_frame / ZOOM_STEP)

    def zoom_to_fit(self) -> None:
        self.set_zoom(self.view.fit_pixels_per_frame, 0)

    def zoom_to_frames(self) -> None:
        """The deepest zoom, where every frame is a cell with its boundaries drawn."""
        self.set_zoom(self.view.max_pixels_per_frame)

    def scroll_to(self, start: float) -> None:
        """Show the recording from frame position ``start`` at the left edge."""
        self.view.start = start
        self.view.clamp()
        self._view_changed()

    def ensure_visible(self, frame: int) -> None:
        """Scroll (if needed) so frame ``frame``'s cell is on screen, like turning a page."""
        view = self.view
        span = view.width / view.pixels_per_frame
        if view.x_of(frame) < 0:
            self.scroll_to(frame - 0.9 * span)
        elif view.x_of(frame + 1) > view.width:
            self.scroll_to(frame - 0.1 * span)

    def _playhead_anchor(self) -> float:
        x = self.view.x_of(self.state.frame) + self.view.pixels_per_frame / 2
        return x if 0 <= x <= self.view.width else self.view.width / 2

    def _view_changed(self) -> None:
        self._sync_scrollbar()
        self.strip.schedule()
        self.update()

    def _sync_scrollbar(self) -> None:
        view = self.view
        was_visible = self.scrollbar.isVisibleTo(self)
        self.scrollbar.blockSignals(True)
        self.scrollbar.setRange(0, math.ceil(view.max_start * view.pixels_per_frame))
        self.scrollbar.setPageStep(max(1, int(view.width)))
        self.scrollbar.setSingleStep(max(1, int(max(view.pixels_per_frame, view.width / 20))))
        self.scrollbar.setValue(round(view.start * view.pixels_per_frame))
        self.scrollbar.blockSignals(False)
        self.scrollbar.setVisible(not view.is_fit and view.max_start > 0)
        if was_visible != self.scrollbar.isVisibleTo(self):
            self._place_scrollbar()

    def _place_scrollbar(self) -> None:
        height = self.scrollbar.sizeHint().height()
        self.scrollbar.setGeometry(0, self.height() - height, self.width(), height)
        self.strip.schedule(rescale=True)

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        self.view.start = value / self.view.pixels_per_frame
        self.view.clamp()
        self.update()

    # -- data -------------------------------------------------------------------------------

    def _on_recording_changed(self, recording: Recording | None) -> None:
        self.data.load(recording.id if recording is not None else None)
        self.data.set_filter(self.state.principle_filter)
        self._table_changed(fit=True)

    def _table_changed(self, *, fit: bool) -> None:
        """Another recording (``fit``: show it whole) or its corrected frame table: a new
        length, and thumbnails asked for again (those of the old table are dropped)."""
        self._clusters = None
        self.strip.clear()
        self.view.resize(self.width(), self.state.frame_count)
        if fit:
            self.view.pixels_per_frame, self.view.start = self.view.fit_pixels_per_frame, 0.0
        self._update_description()
        self._view_changed()

    @Slot(object)
    def _on_case_changed(self, event: CaseChanged) -> None:
        if self.data.apply(event):
            self._clusters = None
            self._update_description()
            self.update()

    @Slot(object)
    def set_lanes(self, results: LaneResults) -> None:
        """The analysis of a recording (dropped unless it is the one shown)."""
        self.tracks.set_results(results)

    def _lanes_changed(self) -> None:
        self.setMinimumHeight(120 + round(sum(EXTRA_LANES[n] for n in self.tracks.shown())))
        self._place_scrollbar()  # the strip's height may have changed
        self.update()

    def _on_filter_changed(self, code: str) -> None:
        self.data.set_filter(code)
        self._clusters = None
        self.update()

    def _on_frame_changed(self, frame: int) -> None:
        if not self._scrubbing:
            self.ensure_visible(frame)
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        self.setAccessibleDescription(self.tr(
            "Frame {frame} of {count}; {moments} moments, {clips} clips, {stills} stills. "
            "Plus and minus zoom, 0 shows the whole recording.").format(
            frame=self.state.frame, count=self.state.frame_count,
            moments=len(self.data.moments), clips=len(self.data.clips.clips),
            stills=len(self.data.stills.stills)))

    def clusters(self) -> Clusters:
        """Markers as drawn at the current zoom (cached per zoom and filter)."""
        key = (self.view.pixels_per_frame, self.data.version)
        if self._clusters is None or key != self._clusters_key:
            self._clusters = self.data.clusters(self.view.pixels_per_frame)
            self._clusters_key = key
        return self._clusters

    # -- thumbnails -------------------------------------------------------------------------

    @Slot(list)
    def set_thumbnails(self, thumbnails: list[tuple[int, QImage]]) -> None:
        """Keyframe thumbnails (frame index, picture) for the strip, from the frame worker."""
        self.strip.set_pictures(thumbnails)
        self.update()

    def _strip_size(self) -> StripSize | None:
        table = self.state.table
        if table is None or self.state.recording is None:
            return None
        return StripSize(self.lanes().strip.height(), self.view.content_width,
                         self.devicePixelRatioF(), len(table.keyframes))

    # -- painting ---------------------------------------------------------------------------

    def scene(self) -> Scene:
        state = self.state
        return Scene(
            view=self.view, lanes=self.lanes(), palette=self.palette(), look=self._look(),
            colours=self.data.colours, keys=self.data.keys, moments=self.data.moments,
            clusters=self.clusters(), mask=self.data.mask, clips=self.data.clips,
            stills=self.data.stills, table=state.table, frame=state.frame,
            mark_in=state.mark_in, mark_out=state.mark_out, selection=state.selection,
            thumbnails=self.strip.pixmaps(self.lanes().strip.height(),
                                          self.devicePixelRatioF()))

    def _look(self) -> Look:
        key = (self.palette().cacheKey(), self.font().key())
        if self._look_cache is None or self._look_cache[0] != key:
            self._look_cache = (key, Look.of(self.palette(), self.font()))
        return self._look_cache[1]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        if self.view.frame_count == 0:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Open a recording to see its timeline."))
            return
        scene = self.scene()
        painter.fillRect(scene.lanes.body.adjusted(0, 0, 0, 2), scene.look.base)
        lanes = lambda p, s: paint_lanes(p, s, self.tracks, self.devicePixelRatioF())  # noqa: E731
        for step in (paint_strip, lanes, paint_marks, paint_grid, paint_clips, paint_stills,
                     paint_moments, paint_ruler, paint_playhead):
            step(painter, scene)
        if self.hasFocus():
            painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.view.resize(self.width(), self.state.frame_count)
        self._place_scrollbar()
        self._sync_scrollbar()
        self.strip.schedule()

    # -- hit testing ------------------------------------------------------------------------

    def item_at(self, pos: QPointF) -> Hit | None:
        """The marker, cluster, clip or still under ``pos`` (None: the place scrubs)."""
        scene = self.scene()
        return item_at(scene, self.data, pos) or suggestion_at(scene, self.tracks, pos)

    def marker_rect(self, moment_id: int) -> QRectF | None:
        """Where the moment's own marker is drawn; None if hidden, clustered or off screen."""
        return moment_marker_rect(self.scene(), self.data, moment_id)

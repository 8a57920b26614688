"""Analysis of a recording's sound and pictures (voices, turns, faces, suggested moments).

Qt-free, above ``media`` (it reads recordings through it) and below ``project`` and ``ui``,
which use its results; it also runs headless (``vigeditor analyse``). See docs/architecture.md.

Sound (issue 13): :mod:`.sound` decodes it once (16 kHz mono, on the recording's timeline),
:mod:`.peaks` makes the waveform's peak pyramid, :mod:`.speech` finds speech (Silero VAD),
:mod:`.voices` labels it adult / child / unclear by pitch (WORLD) and makes turns, and
:mod:`.run` runs them as one job in stages, cached in the case's ``cache/`` and resumed, in
the isolated child. Faces: :mod:`.faces` (YuNet) and :mod:`.faces_run` (sampled, cached,
resumed; :mod:`.faces_pass` is the quick first pass on keyframes). Suggested moments:
:mod:`.suggest` ranks turn exchanges, waiting and face-to-face stretches from both analyses,
each with its reasons.
"""

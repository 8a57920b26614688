"""Analysis of a recording's sound and pictures (voices, turns, faces, suggested moments).

Qt-free, above ``media`` (it reads recordings through it) and below ``project`` and ``ui``,
which use its results; it also runs headless (``vigeditor analyse``). See docs/architecture.md.
"""

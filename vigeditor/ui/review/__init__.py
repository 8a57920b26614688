"""Shared review mode: the review builder, the full-screen presentation, the presenter view,
hand-over to the parent, and the after-review form (issue 5).

Entry points for the main window are in :mod:`vigeditor.ui.review.flows`.
"""

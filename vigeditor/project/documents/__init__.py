"""Documents that leave the case: family booklet, review pack, supervision pack and logbook.

Shared pieces: ``pdf`` (reportlab building blocks), ``wording`` (names kept out, dates in
words) and ``report_flow`` (A4 tables that flow across pages).
"""

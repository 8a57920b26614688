"""The guider's logbook across every case of a workspace (issue 6, item 5), as PDF or CSV.

Clients appear by family code only. Each case is read read-only (so a case open in the app
is still counted, as it was last saved); a case that cannot be read is listed with a plain
note instead of stopping the logbook.

:mod:`.counting` reads the cases and counts; :mod:`.document` writes the CSV text and the
PDF's story; :mod:`.export` writes the file and the audit entries."""

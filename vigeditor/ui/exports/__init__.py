"""File → Export: one dialog per export, with purpose, progress, cancel and "Show in folder"."""

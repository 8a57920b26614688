"""The family notes booklet: its text, layout, pictures, chart and the exact frames it shows."""

"""Annotations: model (model.py), anchoring (anchoring.py), do/undo commands (commands.py), W3C JSON (w3c.py)."""

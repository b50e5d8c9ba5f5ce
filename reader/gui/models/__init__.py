"""Thin Qt item models over the core comparison."""

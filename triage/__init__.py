"""Triage assistant for Swedish child-welfare referrals: the domain core (pure Python)."""

__version__ = "0.1.0"

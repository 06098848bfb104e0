"""Pseudonymisation of Swedish referral text (presidio-analyzer + a spaCy ``sv`` pipeline)."""

from triage.pseudonymize.pseudonymizer import Pseudonymized, Pseudonymizer, TextRejected

__all__ = ["Pseudonymized", "Pseudonymizer", "TextRejected"]

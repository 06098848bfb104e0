"""Concern cues in referral text: what happened, to whom, when, and whether it is denied."""

from triage.concerns.extract import Finding, extract, forget, sentences

__all__ = ["Finding", "extract", "forget", "sentences"]

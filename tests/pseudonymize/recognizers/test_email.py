"""SwedishEmailRecognizer: e-mail addresses, å/ä/ö included, validated offline.

All addresses are invented (example domains or made-up schools).
"""

from __future__ import annotations

import socket

import pytest

from triage.pseudonymize.recognizers import SwedishEmailRecognizer

RECOGNIZER = SwedishEmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mejla anna.svensson@example.se.", ["anna.svensson@example.se"]),
        ("åsa.öberg@skola.malmö.example", ["åsa.öberg@skola.malmö.example"]),
        ("Från: Per <per.ek+oro@mail.example.com>", ["per.ek+oro@mail.example.com"]),
        ("mailto:lärare.nils@ekängsskolan.example", ["lärare.nils@ekängsskolan.example"]),
        ("a@b.se, b_c-d@sub.domain.example.org;", ["a@b.se", "b_c-d@sub.domain.example.org"]),
        ("Skicka till kurator(at)vikingaskolan.example", ["kurator(at)vikingaskolan.example"]),
        ("anna [at] example.se", ["anna [at] example.se"]),
        ("IDN: info@xn--skola-9wa.example", ["info@xn--skola-9wa.example"]),
        # a mistyped address is still someone's address
        ("fel..punkt@example.se", ["fel..punkt@example.se"]),
        (".start@example.se", ["start@example.se"]),
        # not e-mail addresses
        ("Möte @ skolan kl 14", []),
        ("Instagram @sara_2010 och #skola", []),
        ("anna@localhost", []),
        ("Pris 3@5 kr", []),
    ],
)
def test_examples(surfaces, text, expected):
    assert surfaces(RECOGNIZER, text) == expected


def test_no_network_call(monkeypatch, surfaces):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert surfaces(RECOGNIZER, "x@nytt-tld.exempel") == ["x@nytt-tld.exempel"]


def test_presidio_conventions(results):
    assert RECOGNIZER.supported_language == "sv"
    assert RECOGNIZER.supported_entities == ["EMAIL"]
    assert all(p.name and 0 < p.score <= 1 for p in RECOGNIZER.patterns)
    assert "mejl" in RECOGNIZER.context
    (result,) = results(RECOGNIZER, "anna.svensson@example.se")
    assert result.score == 1.0

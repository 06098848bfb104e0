"""Prometheus metrics: requests, latency, suggestions by class, reviews and agreement."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class Metrics:
    """One registry per app, so that several apps (tests) never share counters."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "triage_http_requests",
            "HTTP requests by route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "triage_http_request_seconds",
            "Request latency by route template.",
            ["route"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.suggestions = Counter(
            "triage_suggestions",
            "Suggestions made, by urgency and route.",
            ["urgency", "route"],
            registry=self.registry,
        )
        self.reviews = Counter(
            "triage_reviews", "Reviews recorded, by decision.", ["decision"], registry=self.registry
        )
        self.overrides = Counter(
            "triage_overrides", "Reviews that changed the suggestion.", registry=self.registry
        )
        self.agreement = Gauge(
            "triage_agreement_rate",
            "Share of recent reviews keeping the suggested urgency and route (NaN: none yet).",
            ["municipality"],
            registry=self.registry,
        )
        self.agreement_warning = Gauge(
            "triage_agreement_outside_band",
            "1 when the agreement rate is suspiciously low or high (automation bias).",
            ["municipality"],
            registry=self.registry,
        )
        self.model_ready = Gauge(
            "triage_model_ready", "1 when a model is loaded.", registry=self.registry
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)

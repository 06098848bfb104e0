"""HTTP routes: the versioned JSON API, health and metrics, the staff web form."""

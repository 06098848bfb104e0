"""Training of the pseudonymiser's Swedish NER component."""

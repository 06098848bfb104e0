"""Evaluation metrics shared by the CLI, training and benchmarks."""

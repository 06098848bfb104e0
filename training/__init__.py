"""Training: corpus generation, NER and classifier fitting, evaluation, MLflow registry.

The only package that writes to MLflow.
"""

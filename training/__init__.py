"""Training side: corpus generation, NER training, evaluation. The only package that writes to MLflow."""

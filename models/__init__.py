"""Classifier backends behind one small interface, and the shipped model artifacts."""

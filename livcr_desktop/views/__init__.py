"""Qt views. They call services and show domain dataclasses; they never import SQLAlchemy."""

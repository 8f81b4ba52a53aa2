"""Plain-Python domain: enumerations, entities and validation. No Qt, no SQL."""

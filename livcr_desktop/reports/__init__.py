"""Reports: PDF documents built from plain data (no Qt, no SQL). pyHanko is imported lazily."""

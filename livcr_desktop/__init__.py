"""LIVC-R Desktop: offline case meetings for the local integral security cell (law of 30 July 2018)."""

__version__ = "0.1.0"
APP_NAME = "livcr-desktop"

"""The admin analysts log their work in. Importing the modules registers every model."""

from negotiations.admin import actors, meetings, processes, proposals

__all__ = ["actors", "meetings", "processes", "proposals"]

"""The admin analysts log their work in. Importing the modules registers every model."""

from negotiations.admin import actors, intake, meetings, processes, proposals

__all__ = ["actors", "intake", "meetings", "processes", "proposals"]

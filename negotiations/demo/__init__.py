"""The demo data set: the article of domain.md's worked example, and its loader."""

from negotiations.demo.loader import DemoLoadReport, load_demo

__all__ = ["DemoLoadReport", "load_demo"]

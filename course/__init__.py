"""The CNN course's helper package: set-up, data, plots, test assertions and the instructor tools.

Notebooks start with ``from course import setup; device = setup()``.
"""

__all__ = ["setup"]
__version__ = "0.1.0"


def __getattr__(name: str):
    # `setup` pulls in torch; loading it lazily keeps `python -m course …` quick to start.
    if name == "setup":
        from course.device import setup

        return setup
    raise AttributeError(f"module 'course' has no attribute {name!r}")

"""The CNN course's helper package: set-up, data, plots, test assertions and the instructor tools.

Notebooks start with ``from course import setup; device = setup()``.
"""

from course.device import setup

__all__ = ["setup"]
__version__ = "0.1.0"

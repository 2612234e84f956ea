"""The grading limits, read from the course's ``nbgrader_config.py`` (``c.CourseGrading.*``)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

from course.errors import CourseError

SANDBOXES = ("auto", "bubblewrap", "guard")


@dataclass(frozen=True)
class GradingLimits:
    cell_timeout_s: int = 60     # one cell
    memory_mb: int = 4096        # heap of the process that runs a notebook (RLIMIT_DATA)
    output_kb: int = 256         # text one cell may print; more stops the cell
    file_mb: int = 64            # largest file a submission may write in its folder
    sandbox: str = "auto"        # auto: bubblewrap where it works, else the guard alone

    def __post_init__(self):
        for field in fields(self):
            value = getattr(self, field.name)
            if field.type == "int" and (type(value) is not int or value <= 0):
                raise CourseError(f"nbgrader_config.py: CourseGrading.{field.name} must be a positive whole number, "
                                  f"got {value!r}")
        if self.sandbox not in SANDBOXES:
            raise CourseError(f"nbgrader_config.py: CourseGrading.sandbox must be one of {', '.join(SANDBOXES)}, "
                              f"got {self.sandbox!r}")


def load_limits(course_root: Path) -> GradingLimits:
    """``c.CourseGrading`` from ``course_root/nbgrader_config.py``; the defaults above for what it leaves out."""
    loader = PyFileConfigLoader("nbgrader_config.py", path=str(course_root))
    try:
        config = loader.load_config()
    except ConfigFileNotFound:
        return GradingLimits()
    except Exception as error:  # the file is Python: any error in it
        raise CourseError(f"{Path(course_root) / 'nbgrader_config.py'} does not load: {error}") from None
    section = config.get("CourseGrading", {})
    known = {f.name for f in fields(GradingLimits)}
    unknown = sorted(set(section) - known)
    if unknown:
        raise CourseError(f"nbgrader_config.py: unknown setting CourseGrading.{unknown[0]}; "
                          f"known: {', '.join(sorted(known))}")
    return GradingLimits(**{k: v for k, v in section.items()})

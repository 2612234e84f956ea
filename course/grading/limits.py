"""The grading limits: ``c.CourseGrading.*`` in the course's ``nbgrader_config.py``.

``CourseGrading`` is a traitlets ``Configurable``, like nbgrader's own settings, so each limit is
declared once with its type, default and help; ``load_limits`` reads the file and hands the
rest of the grader a plain, frozen ``GradingLimits`` value.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from traitlets import Enum, Integer, TraitError, Unicode, validate
from traitlets.config import Configurable
from traitlets.config.loader import ConfigFileNotFound, PyFileConfigLoader

from course.errors import CourseError

SANDBOXES = ("auto", "bubblewrap", "guard")


class CourseGrading(Configurable):
    """Limits and isolation for running submissions (README: Grading)."""

    cell_timeout_s = Integer(60, help="Seconds one cell may run, in the verifier; longer is a timeout.").tag(config=True)
    memory_mb = Integer(4096, help="Heap of the process that runs a notebook, in MB (RLIMIT_DATA); "
                                   "torch itself takes about 1 GB.").tag(config=True)
    notebook_timeout_s = Integer(300, help="Seconds one notebook may take in all, restarts included; the cells "
                                           "left when it runs out are timeouts.").tag(config=True)
    submission_timeout_s = Integer(900, help="Seconds one student's submission of a module may take in all, "
                                             "every notebook included.").tag(config=True)
    output_kb = Integer(256, help="Text one cell may print, in KB; more stops the cell.").tag(config=True)
    figures_kb = Integer(2048, help="Figures one cell may show, in KB of PNG; figures past it are left out "
                                    "of the graded notebook and the feedback.").tag(config=True)
    file_mb = Integer(64, help="Largest file a submission may write in its own folder, in MB.").tag(config=True)
    sandbox = Enum(SANDBOXES, default_value="auto",
                   help="auto: bubblewrap where it works, else the in-process guard alone; "
                        "bubblewrap: refuse to grade without it; guard: never use it.").tag(config=True)
    guard_user = Unicode("nobody", help="With the guard alone and the grader running as root, the user that "
                                        "student code runs as (never root).").tag(config=True)

    @validate("cell_timeout_s", "notebook_timeout_s", "submission_timeout_s", "memory_mb", "output_kb", "figures_kb",
              "file_mb")
    def _positive(self, proposal):
        value = proposal["value"]
        if type(value) is not int or value <= 0:
            raise TraitError(f"must be a positive whole number, got {value!r}")
        return value

    def limits(self) -> "GradingLimits":
        return GradingLimits(**{name: getattr(self, name) for name in self.class_trait_names(config=True)})


@dataclass(frozen=True)
class GradingLimits:
    """The limits as a plain value, passed to every grading step (defaults: ``CourseGrading``'s)."""
    cell_timeout_s: int = CourseGrading.cell_timeout_s.default_value
    notebook_timeout_s: int = CourseGrading.notebook_timeout_s.default_value
    submission_timeout_s: int = CourseGrading.submission_timeout_s.default_value
    memory_mb: int = CourseGrading.memory_mb.default_value
    output_kb: int = CourseGrading.output_kb.default_value
    figures_kb: int = CourseGrading.figures_kb.default_value
    file_mb: int = CourseGrading.file_mb.default_value
    sandbox: str = CourseGrading.sandbox.default_value
    guard_user: str = CourseGrading.guard_user.default_value

    def as_dict(self) -> dict:
        return asdict(self)


def load_limits(course_root: Path) -> GradingLimits:
    """``c.CourseGrading`` from ``course_root/nbgrader_config.py``; the defaults for what it leaves out."""
    loader = PyFileConfigLoader("nbgrader_config.py", path=str(course_root))
    try:
        config = loader.load_config()
    except ConfigFileNotFound:
        return GradingLimits()
    except Exception as error:  # the file is Python: any error in it
        raise CourseError(f"{Path(course_root) / 'nbgrader_config.py'} does not load: {error}") from None
    known = set(CourseGrading.class_trait_names(config=True))
    unknown = sorted(set(config.get("CourseGrading", {})) - known)
    if unknown:
        raise CourseError(f"nbgrader_config.py: unknown setting CourseGrading.{unknown[0]}; "
                          f"known: {', '.join(sorted(known))}")
    grading = CourseGrading()
    for name, value in config.get("CourseGrading", {}).items():
        try:
            setattr(grading, name, value)
        except TraitError:
            rule = {"sandbox": f"one of {', '.join(SANDBOXES)}", "guard_user": "a user name"}.get(
                name, "a positive whole number")
            raise CourseError(f"nbgrader_config.py: CourseGrading.{name} must be {rule}, got {value!r}") from None
    return grading.limits()

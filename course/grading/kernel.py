"""The grading kernel: an ordinary IPython kernel that arms the guard before it runs any cell.

nbgrader starts it through the ``course-sandbox`` kernel spec that ``course.grading.pipeline``
writes for each submission (inside bubblewrap when there is one); the guard policy
comes in the ``COURSE_GUARD`` environment variable.
"""

from __future__ import annotations

import json
import os

from course.grading.guard import arm

GUARD_VARIABLE = "COURSE_GUARD"


def main() -> None:
    policy = json.loads(os.environ.pop(GUARD_VARIABLE))
    arm({**policy, "warnings_to_stdout": True})
    from ipykernel import kernelapp
    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()

"""The one exception the command line turns into a single clear line and a non-zero exit."""


class CourseError(Exception):
    """Something the user can fix: the message says what is wrong and what to do."""

    exit_code = 1

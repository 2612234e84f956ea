"""The demo: a scratch course, three students, the whole instructor pipeline end to end."""

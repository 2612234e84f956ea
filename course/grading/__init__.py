"""The instructor side: reading notebooks, generating the release, grading through nbgrader, the demo."""

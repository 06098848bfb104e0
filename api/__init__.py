"""The project's interfaces over ``triage``: the command line (``cli``) and, later, HTTP."""

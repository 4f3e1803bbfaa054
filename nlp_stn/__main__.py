"""`python -m nlp_stn …` runs the command line, like the `nlp-stn` command."""
from nlp_stn.cli import main

if __name__ == "__main__":  # pragma: no branch
    main(prog_name="nlp-stn")

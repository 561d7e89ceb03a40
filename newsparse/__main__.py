"""``python -m newsparse``: the same command as ``newsparse``."""

from newsparse.cli import run

if __name__ == "__main__":
    run()

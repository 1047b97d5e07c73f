"""HAT Desktop: the offline workstation application of a Heroin Assisted Treatment clinic."""

APP_NAME = "HAT Desktop"


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for:
    importlib.metadata takes tens of milliseconds to load, which the login window should
    not wait for (issue 14, bench/bench_startup.py)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("hat-desktop")
    except PackageNotFoundError:  # running from a checkout or a bundle without metadata
        found = "0.1.0"
    globals()["__version__"] = found
    return found

"""HAT Desktop: the offline workstation application of a Heroin Assisted Treatment clinic."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hat-desktop")
except PackageNotFoundError:  # running from a checkout or a bundle without metadata
    __version__ = "0.1.0"

APP_NAME = "HAT Desktop"

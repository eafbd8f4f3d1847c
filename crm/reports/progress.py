"""Progress and cancellation for the renderers, so the app can run them in the background
with a progress bar and a cancel button (and the command line without either)."""

from __future__ import annotations

from collections.abc import Callable

from crm.analytics.weekly import Cancelled

Progress = Callable[[float], None] | None
IsCancelled = Callable[[], bool] | None


class Steps:
    """Reports ``fraction`` of the work done, mapped into [start, end] of the caller's bar,
    and raises Cancelled as soon as ``cancelled()`` says so."""

    def __init__(
        self, progress: Progress, cancelled: IsCancelled, start: float = 0.0, end: float = 1.0
    ) -> None:
        self.progress, self.cancelled = progress, cancelled
        self.start, self.end = start, end

    def __call__(self, fraction: float) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        if self.progress is not None:
            self.progress(self.start + (self.end - self.start) * max(0.0, min(1.0, fraction)))


__all__ = ["Cancelled", "Steps", "Progress", "IsCancelled"]

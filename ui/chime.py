"""The timer's chime: a short sound at the end of a countdown, softer at its last minute.

The room hears that time is up without looking at the display. The sound is
played by `miniaudio`_ (a self-contained audio library with wheels for every
platform we support; PySide6-Essentials has no QtMultimedia) on a short-lived
worker thread, so opening the audio device never holds up the GUI. A machine
without sound (CI, a kiosk with no speakers) plays nothing: the first failure
is logged and later chimes are skipped quietly.

Whether the chime sounds at all is the facilitator's choice, kept in the app's
preferences between runs.

.. _miniaudio: https://github.com/irmen/pyminiaudio
"""

from __future__ import annotations

import array
import logging
import threading
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal

from facilitator.resources import resource_path

log = logging.getLogger(__name__)

MUTED_KEY = "timer/chime_muted"
END_VOLUME = 1.0
# The last-minute chime is the same sound, quieter: a hint, not an alarm.
WARNING_VOLUME = 0.35
SAMPLE_RATE = 22050
# Silence after the sound, so closing the device never cuts its tail.
TAIL_SECONDS = 0.3


def chime_sound() -> Path:
    return resource_path("sounds", "chime.wav")


class SoundPlayer(Protocol):
    """Plays a sound file without blocking the caller; never raises."""

    def play(self, sound: Path, volume: float) -> None: ...


class PlaybackDevice(Protocol):
    """The part of ``miniaudio.PlaybackDevice`` the player uses."""

    def start(self, callback_generator: Generator[array.array[int], int, None]) -> None: ...

    def close(self) -> None: ...


DeviceFactory = Callable[[], PlaybackDevice]


def _open_default_device() -> PlaybackDevice:
    import miniaudio

    device: PlaybackDevice = miniaudio.PlaybackDevice(
        output_format=miniaudio.SampleFormat.SIGNED16,
        nchannels=1,
        sample_rate=SAMPLE_RATE,
        app_name="Facilitator",
    )
    return device


def decode(sound: Path, volume: float) -> array.array[int]:
    """The sound as 16-bit mono samples at ``volume`` (0..1), followed by a short silence."""
    import miniaudio

    decoded = miniaudio.decode_file(
        str(sound),
        output_format=miniaudio.SampleFormat.SIGNED16,
        nchannels=1,
        sample_rate=SAMPLE_RATE,
    )
    gain = min(max(volume, 0.0), 1.0)
    samples = array.array("h", (round(s * gain) for s in decoded.samples))
    samples.extend([0] * int(SAMPLE_RATE * TAIL_SECONDS))
    return samples


class MiniaudioPlayer:
    """Plays sounds on the default output device, each on its own worker thread.

    Only this object's worker threads touch the audio device; the GUI thread
    just starts them. ``open_device`` is for tests (a device that fails).
    """

    def __init__(self, open_device: DeviceFactory = _open_default_device) -> None:
        self._open_device = open_device
        self._lock = threading.Lock()
        self._unavailable = False
        self._reported = False
        self._decoded: dict[tuple[Path, float], array.array[int]] = {}

    @property
    def unavailable(self) -> bool:
        """True once playing failed (no audio device): later sounds are skipped."""
        return self._unavailable

    def play(self, sound: Path, volume: float) -> None:
        if self._unavailable:
            return
        worker = threading.Thread(
            target=self._play, args=(sound, volume), name="chime", daemon=True
        )
        worker.start()

    def _play(self, sound: Path, volume: float) -> None:
        try:
            samples = self._samples(sound, volume)
            device = self._open_device()
        except Exception as exc:  # any failure means "no sound here", never a crash
            self._give_up(exc)
            return
        finished = threading.Event()
        try:
            device.start(_stream(samples, finished))
            finished.wait(timeout=len(samples) / SAMPLE_RATE + 2.0)
            # The last chunk handed over is still in the device's buffer.
            threading.Event().wait(TAIL_SECONDS)
        except Exception as exc:
            self._give_up(exc)
        finally:
            device.close()

    def _samples(self, sound: Path, volume: float) -> array.array[int]:
        key = (sound, volume)
        with self._lock:
            samples = self._decoded.get(key)
        if samples is None:
            samples = decode(sound, volume)
            with self._lock:
                self._decoded[key] = samples
        return samples

    def _give_up(self, error: Exception) -> None:
        with self._lock:
            first = not self._reported
            self._reported = True
        if first:
            log.warning("The timer chime cannot be played (%s); it stays silent.", error)
        self._unavailable = True


def _stream(
    samples: array.array[int], finished: threading.Event
) -> Generator[array.array[int], int, None]:
    """miniaudio's pull generator: sent how many frames it needs, yields that many samples."""
    position = 0
    wanted = yield array.array("h")
    while position < len(samples):
        chunk = samples[position : position + wanted]
        position += len(chunk)
        wanted = yield chunk
    finished.set()


class Chime(QObject):
    """Rings the timer's sounds unless muted; the mute switch is kept in ``preferences``."""

    mutedChanged = Signal(bool)

    def __init__(
        self,
        preferences: QSettings | None = None,
        player: SoundPlayer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._preferences = preferences
        self._player: SoundPlayer = player if player is not None else MiniaudioPlayer()
        self._muted = bool(
            preferences is not None and preferences.value(MUTED_KEY, False, type=bool)
        )

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted == self._muted:
            return
        self._muted = muted
        if self._preferences is not None:
            self._preferences.setValue(MUTED_KEY, muted)
            self._preferences.sync()
        self.mutedChanged.emit(muted)

    def ring_end(self) -> None:
        """Time is up."""
        self._ring(END_VOLUME)

    def ring_warning(self) -> None:
        """The last minute has begun."""
        self._ring(WARNING_VOLUME)

    def _ring(self, volume: float) -> None:
        if not self._muted:
            self._player.play(chime_sound(), volume)

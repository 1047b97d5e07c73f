"""Backup file names never collide and a backup never replaces another (issue 13, item 4):
two backups of one kind in the same second, and the hour that happens twice when the
clocks go back in October, each keep their own file."""

from datetime import UTC, datetime, timedelta

from hat_desktop.services import settings
from hat_desktop.services.backup import BackupKind, anchor_backup, back_up
from hat_desktop.services.clock import ManualClock


def test_two_backups_in_the_same_second_get_two_files(world, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    first = back_up(world.reg, world.manager, folder)
    second = back_up(world.reg, world.manager, folder)  # the clock has not moved
    assert first.path != second.path
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [first.path.name, second.path.name])
    stamp = world.reg.now().strftime("%Y%m%d-%H%M%S")
    assert first.path.name.endswith(f"-{stamp}Z-manual.db")
    assert second.path.name.endswith(f"-{stamp}Z-2-manual.db")
    settings.change(world.reg, world.manager, backup_folder=str(folder))
    anchor = anchor_backup(world.reg)
    assert not isinstance(anchor, str) and anchor.path == second.path  # the newest


def test_the_repeated_hour_in_october_names_two_daily_backups_apart(world, tmp_path):
    """01:30 happens twice in London on 25 October 2026 (BST, then GMT): named in UTC, the
    two daily backups an hour apart are two files, and the later one is the newest."""
    folder = tmp_path / "usb"
    folder.mkdir()
    clock = world.reg.clock
    assert isinstance(clock, ManualClock)
    clock.set(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))  # 01:30 BST
    first = back_up(world.reg, world.manager, folder, kind=BackupKind.DAILY)
    clock.advance(timedelta(hours=1))  # 01:30 GMT, the same time on the wall
    second = back_up(world.reg, world.manager, folder, kind=BackupKind.DAILY)
    assert first.path.name.endswith("-20261025-003000Z-daily.db")
    assert second.path.name.endswith("-20261025-013000Z-daily.db")
    assert first.path.exists() and second.path.exists()
    settings.change(world.reg, world.manager, backup_folder=str(folder))
    anchor = anchor_backup(world.reg)
    assert not isinstance(anchor, str) and anchor.path == second.path
    assert anchor.made == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def test_a_backup_named_in_clinic_time_by_an_earlier_version_still_counts(world, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    made = back_up(world.reg, world.manager, folder)
    old_name = made.path.name.replace("Z-manual", "-manual")  # no Z: clinic time
    made.path.rename(folder / old_name)
    settings.change(world.reg, world.manager, backup_folder=str(folder))
    anchor = anchor_backup(world.reg)
    assert not isinstance(anchor, str) and anchor.path.name == old_name

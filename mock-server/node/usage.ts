export const usage = `Usage: npm run mock-server -- [options]

Serves the QKMS sandbox (AWS KMS JSON 1.1 protocol, real cryptography) over HTTP. Keys live in
memory and are gone when the server stops, unless --data-dir names where to keep them.

Options:
  --port <number>        Port to listen on; 0 picks a free one (default 4599)
  --host <address>       Address to bind (default 127.0.0.1)
  --data-dir <dir>       Keep keys, grants and aliases in <dir> (created if missing): every change
                         is on disk before its request is answered, so a crash or kill loses
                         nothing that was answered. One server per directory. The files hold key
                         material unencrypted.
  --faults               Honour the X-Qkms-Sandbox-Fault request header
  --sandbox-clock        Honour the X-Qkms-Sandbox-Advance-Clock request header: a request with
                         X-Qkms-Sandbox-Advance-Clock: 30d moves the sandbox clock 30 days forward
                         (s, m, h or d; never back) before it runs, so pending deletions and
                         automatic rotations fall due
  --principals <file>    JSON object mapping SigV4 access key ids to caller principal ARNs,
                         e.g. {"AKIDEXAMPLE": "arn:verenc:111122223333:role/ExampleRole"}
  -h, --help             Show this help`;

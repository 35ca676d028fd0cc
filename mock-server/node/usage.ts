export const usage = `Usage: npm run mock-server -- [options]

Serves the QKMS sandbox (AWS KMS JSON 1.1 protocol, real cryptography) over HTTP. Keys live in
memory and are gone when the server stops, unless --data-dir names where to keep them.

Options:
  --port <number>        Port to listen on; 0 picks a free one (default 4599)
  --host <address>       Address to bind (default 127.0.0.1: this machine only). Another address,
                         such as 0.0.0.0, makes the sandbox reachable from the network: anyone who
                         reaches it can use and change its keys
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
                         e.g. {"AKIDEXAMPLE": "arn:verenc:111122223333:role/ExampleRole"}.
                         Signatures are not checked
  --credentials <file>   Check SigV4 signatures as AWS does. JSON object mapping access key ids to
                         their secret and (optionally) caller principal ARN, e.g.
                         {"AKIDEXAMPLE": {"secretAccessKey": "example-secret",
                                          "principal": "arn:verenc:111122223333:role/ExampleRole"}}
                         Unsigned requests, unknown key ids, wrong signatures and signing times
                         more than 5 minutes off are refused. Without the principal, the key calls
                         as the account's root. Not with --principals
  --cors <origin>        Let browser pages of <origin> (such as http://localhost:3000) call the
                         server: answers CORS preflights and sends Access-Control-* headers.
                         Repeat it or separate origins with commas; * allows any origin
  -q, --quiet            No log line per request (by default: time, operation, status and error
                         type, milliseconds, on stdout)
  -h, --help             Show this help`;

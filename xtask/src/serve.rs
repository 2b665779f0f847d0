//! A small static server for the demo and the tests: `examples/` at `/`, the built kit at
//! `/pkg/`. It sends `application/wasm` for wasm, CORS headers (the kit is often served from
//! another origin than the page), and the strict CSP of issue #8 for everything under `/csp/`.
//! With `test_routes`, `/test/…` answers with the failures the browser tests need.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;
use std::time::Duration;

use crate::{bench_pages, build, root, Result};

pub const STRICT_CSP: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// The data editor's page: the strict CSP, plus `connect-src blob:` for its live preview, which
/// hands the edited data to the widgets as a blob: URL (see `widgets/ui/src/shared/data.rs`).
pub const EDITOR_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; connect-src 'self' blob:";

pub fn command(args: &[String]) -> Result {
    let mut port = 8080;
    let mut skip_build = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--port" => {
                port = iter
                    .next()
                    .and_then(|p| p.parse().ok())
                    .ok_or("--port takes a number")?
            }
            "--no-build" => skip_build = true,
            other => return Err(format!("serve: unknown option `{other}`")),
        }
    }
    if !skip_build {
        build::build()?;
    }
    let listener = TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("could not listen on 127.0.0.1:{port}: {e} (try --port)"))?;
    println!("Serving the examples at http://127.0.0.1:{port}/ (Ctrl-C stops)");
    serve(listener, false);
    Ok(())
}

/// Serves on an already bound listener until the process ends.
pub fn serve(listener: TcpListener, test_routes: bool) {
    let root = root();
    for stream in listener.incoming().flatten() {
        let root = root.clone();
        thread::spawn(move || {
            let _ = handle(stream, &root, test_routes);
        });
    }
}

/// Starts a server on a free port in a background thread and returns its base URL.
pub fn spawn(test_routes: bool) -> Result<String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| e.to_string())?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    thread::spawn(move || serve(listener, test_routes));
    Ok(format!("http://127.0.0.1:{port}"))
}

fn handle(mut stream: TcpStream, root: &Path, test_routes: bool) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    // Each answer goes out in one write and without Nagle, so that no response the bench
    // times can wait on a delayed ACK.
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; nothing in them changes the answer.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = percent_decode(path);

    if test_routes {
        if let Some(rest) = path.strip_prefix("/test/") {
            return test_route(&mut stream, rest);
        }
    }
    if method != "GET" && method != "HEAD" {
        return respond(&mut stream, 405, "text/plain", &[], b"only GET");
    }
    if let Some(page) = path.strip_prefix("/bench/").and_then(bench_pages::page) {
        let body = if method == "HEAD" { "" } else { &page };
        return respond(
            &mut stream,
            200,
            "text/html; charset=utf-8",
            &[],
            body.as_bytes(),
        );
    }
    let found = resolve(root, &path, test_routes)
        .and_then(|file| std::fs::read(&file).ok().map(|body| (file, body)));
    let Some((file, body)) = found else {
        return respond(
            &mut stream,
            404,
            "text/plain; charset=utf-8",
            &[],
            b"not found",
        );
    };
    let mut extra: Vec<(&str, &str)> = Vec::new();
    if path.starts_with("/csp/") {
        extra.push(("Content-Security-Policy", STRICT_CSP));
    } else if path == "/editor.html" {
        extra.push(("Content-Security-Policy", EDITOR_CSP));
    }
    let body = if method == "HEAD" { &[][..] } else { &body[..] };
    respond(&mut stream, 200, mime(&file), &extra, body)
}

/// Maps a URL path to a file: `/pkg/…` to the built kit, anything else to `examples/`.
fn resolve(root: &Path, path: &str, test_routes: bool) -> Option<PathBuf> {
    let (base, rest) = match (path.strip_prefix("/pkg/"), path.strip_prefix("/pkg-test/")) {
        (Some(rest), _) => (root.join("pkg"), rest),
        // The test-only kit (`build::build_test_kit`), for the browser tests only.
        (None, Some(rest)) if test_routes => (root.join("pkg-test"), rest),
        _ => (root.join("examples"), path.trim_start_matches('/')),
    };
    let relative = Path::new(rest);
    // Refuse `..` and absolute parts: only files below the two folders are served.
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut file = base.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

fn mime(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "md" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    content_type: &str,
    extra: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        302 => "Found",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Error",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Access-Control-Allow-Origin: *\r\nCache-Control: no-cache\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let mut response = head.into_bytes();
    response.extend_from_slice(body);
    stream.write_all(&response)?;
    stream.flush()
}

/// Failures for the tests of custom data files: `/test/status/500`, `/test/redirect-loop`,
/// `/test/wrong-type`, `/test/truncated`, `/test/hang`, `/test/big/<MB>`, `/test/slow/<ms>/<file>`.
fn test_route(stream: &mut TcpStream, rest: &str) -> std::io::Result<()> {
    let json = "application/json";
    let mut parts = rest.splitn(3, '/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("status"), Some(code), _) => {
            let code = code.parse().unwrap_or(500);
            respond(stream, code, "text/plain", &[], b"test failure")
        }
        (Some("redirect-loop"), _, _) => respond(
            stream,
            302,
            "text/plain",
            &[("Location", "/test/redirect-loop")],
            b"",
        ),
        (Some("wrong-type"), _, _) => {
            respond(stream, 200, "text/html", &[], b"<html>not data</html>")
        }
        (Some("truncated"), _, _) => {
            // Promise more bytes than are sent, then close: a body cut off mid-way.
            let body = br#"{"schema": 1, "regions": [{"id": "vasternorr"#;
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {json}\r\nContent-Length: 4096\r\n\
                 Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n"
            );
            stream.write_all(head.as_bytes())?;
            stream.write_all(body)?;
            stream.flush()
        }
        (Some("hang"), _, _) => {
            // Never answer; the client's timeout must give up first.
            let mut sink = [0u8; 1];
            let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
            let _ = stream.read(&mut sink);
            Ok(())
        }
        (Some("big"), Some(mb), _) => {
            let mb: usize = mb.parse().unwrap_or(20).min(64);
            let mut body = Vec::with_capacity(mb << 20);
            body.extend_from_slice(br#"{"schema": 1, "padding": ""#);
            body.resize((mb << 20) - 2, b'x');
            body.extend_from_slice(b"\"}");
            respond(stream, 200, json, &[], &body)
        }
        (Some("slow"), Some(ms), Some(file)) => {
            thread::sleep(Duration::from_millis(ms.parse().unwrap_or(500).min(30_000)));
            match resolve(&root(), &format!("/{file}"), true) {
                Some(path) => {
                    let body = std::fs::read(&path).unwrap_or_default();
                    respond(stream, 200, mime(&path), &[], &body)
                }
                None => respond(stream, 404, "text/plain", &[], b"not found"),
            }
        }
        _ => respond(stream, 404, "text/plain", &[], b"no such test route"),
    }
}

fn percent_decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(value)) => {
                out.push(value);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

//! A store that is killed over and over while it writes. The test binary
//! runs itself as the writer (`SNAPCRAWL_KILL_WRITER` set): it stores
//! records and queues URLs, flushes in groups and reports on standard
//! output what each flush made durable; the test kills it with SIGKILL
//! after a pseudo-random few milliseconds, opens the store and checks that
//! everything reported durable is there, a thousand times over one store.

use std::io::{BufRead as _, Write as _};
use std::process::{Command, Stdio};
use std::time::Duration;

use snapcrawl_core::{CanonicalUrl, LinkRole, PageKind, SnapshotRecord};
use snapcrawl_frontier::{QueuedUrl, UrlQueue};
use snapcrawl_store::{content_hash, Store};

const KILLS: u64 = 1000;
const WRITER: &str = "SNAPCRAWL_KILL_WRITER";

fn url(i: u64) -> String {
    format!("http://h{}.example/story/{i}", i % 7)
}

fn record(i: u64) -> SnapshotRecord {
    let mut record = SnapshotRecord {
        url: url(i),
        kind: PageKind::Article,
        title: Some(format!("Story {i}")),
        body: format!("The text of story {i}. ").repeat(20),
        ..Default::default()
    };
    record.content_hash = content_hash(record.title.as_deref(), &record.body);
    record
}

/// The writer: stores records from where the last writer's durable work
/// ends (the links queued: a link is flushed after its record), queues a
/// link per record, and after every group reports `durable N` (records
/// 0..N and their links are on disk).
fn write_until_killed(dir: &str) {
    let store = Store::open(dir.as_ref()).expect("the writer opens the store");
    let mut queue = store.disk_queue().expect("the writer opens the queue");
    let mut next = queue.total();
    let mut out = std::io::stdout();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    loop {
        for _ in 0..4 {
            store.put_snapshot(record(next)).unwrap();
            let link = CanonicalUrl::parse(&format!("{}/link", url(next))).unwrap();
            queue.push(
                &link.host_key(),
                QueuedUrl {
                    url: link,
                    role: LinkRole::Related,
                    depth: 1,
                    redirected_from: Vec::new(),
                },
            );
            next += 1;
        }
        store.flush().unwrap();
        queue.flush().unwrap();
        writeln!(out, "durable {next}").unwrap();
        out.flush().unwrap();
    }
}

#[test]
fn a_store_killed_a_thousand_times_keeps_everything_reported_durable() {
    if let Ok(dir) = std::env::var(WRITER) {
        write_until_killed(&dir);
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("store");
    let exe = std::env::current_exe().unwrap();
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;
    let mut durable = 0;
    let mut killed_mid_write = 0;
    for kill in 0..KILLS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "a_store_killed_a_thousand_times_keeps_everything_reported_durable",
                "--nocapture",
            ])
            .env(WRITER, &store_dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        let durable_line = |l: &str| l.strip_prefix("durable ")?.parse::<u64>().ok();
        let mut first_reported = None;
        if kill % 2 == 0 {
            // Anywhere from the start: opening and recovering included.
            std::thread::sleep(Duration::from_micros(rng % 40_000));
        } else {
            // While writing: after its first durable group, however long
            // the disk takes to flush it (a fixed delay after `ready`
            // could end before any flush on a slow disk).
            first_reported = lines
                .by_ref()
                .map_while(Result::ok)
                .find_map(|l| durable_line(&l));
            std::thread::sleep(Duration::from_micros(rng % 20_000));
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let reported = lines
            .map_while(Result::ok)
            .filter_map(|l| durable_line(&l))
            .max()
            .max(first_reported);
        if let Some(n) = reported {
            durable = durable.max(n);
            killed_mid_write += 1;
        }
        let store = match Store::open(&store_dir) {
            Ok(store) => store,
            Err(e) => panic!("kill {kill}: the store does not open: {e}"),
        };
        let stats = store.stats().unwrap();
        assert!(
            stats.urls >= durable,
            "kill {kill}: {} of {durable} records",
            stats.urls
        );
        // The newest durable record and its link survived.
        if durable > 0 {
            let last = durable - 1;
            assert!(store.latest(&url(last)).unwrap().is_some(), "kill {kill}");
            let mut queue = store.disk_queue().unwrap();
            assert!(
                queue.is_seen(&format!("{}/link", url(last))),
                "kill {kill}: the link of record {last} is not queued"
            );
        }
    }
    assert!(
        killed_mid_write > KILLS / 4,
        "only {killed_mid_write} kills came after a write"
    );
    // At the end: every record reported durable is there once, and the
    // queue holds every link.
    let store = Store::open(&store_dir).unwrap();
    let queue = store.disk_queue().unwrap();
    for i in 0..durable {
        let latest = store.latest(&url(i)).unwrap().expect("record kept");
        assert_eq!(latest.version, 1, "{}", url(i));
    }
    assert!(
        queue.total() >= durable,
        "{} links queued of {durable}",
        queue.total()
    );
}

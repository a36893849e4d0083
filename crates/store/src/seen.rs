//! The frontier's seen set: a hash table on disk, so its memory stays
//! bounded (a cache of recent answers) however many URLs are known.
//!
//! The file is a header slot and then open-addressed slots of 16 bytes:
//! the URL's 64-bit hash and a 32-bit tag (the owner decides what the tag
//! means). Lookups and writes are single positioned reads and writes; the
//! operating system's page cache does the caching. At half full the table
//! is rebuilt at twice the size into a new file that replaces the old one
//! by rename, so a crash leaves either the old or the new table. A 16-byte
//! write within a page cannot be torn by a killed process; a torn slot
//! after a power loss only makes one phantom entry.
//!
//! Two URLs with the same 64-bit hash are taken as one: with five million
//! URLs the chance of any such pair is below one in a million.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

const SLOT: u64 = 16;
const MAGIC: u64 = u64::from_le_bytes(*b"scseen01");
const INITIAL_SLOTS: u64 = 1 << 16;
/// Slots read per positioned read while probing.
const PROBE_READ: usize = 8;
/// Lookups remembered in memory (about 20 bytes each); the memory is
/// cleared when it is full. News pages link the same navigation and
/// related stories over and over, so most lookups are answered here.
const CACHE_ENTRIES: usize = 1 << 18;

/// The 64-bit hash of a URL (never 0: 0 marks an empty slot).
pub(crate) fn url_hash(url: &str) -> u64 {
    let digest = blake3::hash(url.as_bytes());
    let bytes: [u8; 8] = digest.as_bytes()[..8].try_into().expect("8 bytes");
    u64::from_le_bytes(bytes).max(1)
}

/// An on-disk map from URL hash to a 32-bit tag.
#[derive(Debug)]
pub(crate) struct SeenFile {
    path: PathBuf,
    file: File,
    /// Slots after the header.
    slots: u64,
    /// Occupied slots.
    len: u64,
    /// Recent answers (None: absent), kept true by every write.
    cache: HashMap<u64, Option<u32>>,
}

impl SeenFile {
    /// Opens the table at `path`, creating it if missing. A file that is
    /// not a table (wrong size or header) is an error.
    pub(crate) fn open(path: &Path) -> io::Result<Self> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)?;
        let size = file.metadata()?.len();
        if size == 0 {
            return Self::create(path, INITIAL_SLOTS);
        }
        let mut header = [0u8; SLOT as usize];
        file.read_exact_at(&mut header, 0)?;
        let magic = u64::from_le_bytes(header[..8].try_into().expect("8 bytes"));
        if magic != MAGIC || size % SLOT != 0 || size < 2 * SLOT {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{} is not a snapcrawl seen set", path.display()),
            ));
        }
        let mut table = Self {
            path: path.to_path_buf(),
            file,
            slots: size / SLOT - 1,
            len: 0,
            cache: HashMap::new(),
        };
        table.len = table.count()?;
        Ok(table)
    }

    fn create(path: &Path, slots: u64) -> io::Result<Self> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(path)?;
        file.set_len((slots + 1) * SLOT)?;
        let mut header = [0u8; SLOT as usize];
        header[..8].copy_from_slice(&MAGIC.to_le_bytes());
        file.write_all_at(&header, 0)?;
        Ok(Self {
            path: path.to_path_buf(),
            file,
            slots,
            len: 0,
            cache: HashMap::new(),
        })
    }

    /// Occupied slots, counted by reading the whole table once.
    fn count(&self) -> io::Result<u64> {
        let mut count = 0;
        self.for_each(|_, _| count += 1)?;
        Ok(count)
    }

    /// Calls `f` with every (hash, tag) in the table.
    fn for_each(&self, mut f: impl FnMut(u64, u32)) -> io::Result<()> {
        let mut buf = vec![0u8; 4096 * SLOT as usize];
        let mut slot = 0;
        while slot < self.slots {
            let n = (self.slots - slot).min(4096) as usize;
            let chunk = &mut buf[..n * SLOT as usize];
            self.file.read_exact_at(chunk, (slot + 1) * SLOT)?;
            for entry in chunk.chunks_exact(SLOT as usize) {
                let (hash, tag) = decode(entry);
                if hash != 0 {
                    f(hash, tag);
                }
            }
            slot += n as u64;
        }
        Ok(())
    }

    /// The slot holding `hash`, or the empty slot where it would go, with
    /// the tag found there.
    fn find(&self, hash: u64) -> io::Result<(u64, Option<u32>)> {
        let mut slot = hash % self.slots;
        let mut buf = [0u8; PROBE_READ * SLOT as usize];
        loop {
            let n = (self.slots - slot).min(PROBE_READ as u64) as usize;
            let chunk = &mut buf[..n * SLOT as usize];
            self.file.read_exact_at(chunk, (slot + 1) * SLOT)?;
            for (i, entry) in chunk.chunks_exact(SLOT as usize).enumerate() {
                let (found, tag) = decode(entry);
                if found == hash {
                    return Ok((slot + i as u64, Some(tag)));
                }
                if found == 0 {
                    return Ok((slot + i as u64, None));
                }
            }
            slot = (slot + n as u64) % self.slots;
        }
    }

    /// The tag of `hash`, if present.
    pub(crate) fn get(&mut self, hash: u64) -> io::Result<Option<u32>> {
        if let Some(&tag) = self.cache.get(&hash) {
            return Ok(tag);
        }
        let tag = self.find(hash)?.1;
        self.remember(hash, tag);
        Ok(tag)
    }

    fn remember(&mut self, hash: u64, tag: Option<u32>) {
        if self.cache.len() >= CACHE_ENTRIES {
            self.cache.clear();
        }
        self.cache.insert(hash, tag);
    }

    /// Sets the tag of `hash`, adding it if missing.
    pub(crate) fn set(&mut self, hash: u64, tag: u32) -> io::Result<()> {
        if self.cache.get(&hash) == Some(&Some(tag)) {
            return Ok(());
        }
        let (slot, old) = self.find(hash)?;
        if old == Some(tag) {
            self.remember(hash, old);
            return Ok(());
        }
        self.file
            .write_all_at(&encode(hash, tag), (slot + 1) * SLOT)?;
        self.remember(hash, Some(tag));
        if old.is_none() {
            self.len += 1;
            if self.len * 2 > self.slots {
                self.grow()?;
            }
        }
        Ok(())
    }

    /// Rebuilds the table at twice the size, then swaps it in by rename.
    fn grow(&mut self) -> io::Result<()> {
        let tmp = self.path.with_extension("grow");
        let mut bigger = Self::create(&tmp, self.slots * 2)?;
        let mut result = Ok(());
        self.for_each(|hash, tag| {
            if result.is_ok() {
                result = bigger.insert_new(hash, tag);
            }
        })?;
        result?;
        bigger.file.sync_all()?;
        std::fs::rename(&tmp, &self.path)?;
        bigger.path = self.path.clone();
        *self = bigger;
        Ok(())
    }

    /// Adds an entry known to be absent, without the growth check.
    fn insert_new(&mut self, hash: u64, tag: u32) -> io::Result<()> {
        let (slot, _) = self.find(hash)?;
        self.file
            .write_all_at(&encode(hash, tag), (slot + 1) * SLOT)?;
        self.len += 1;
        Ok(())
    }

    /// Makes every write so far durable.
    pub(crate) fn sync(&self) -> io::Result<()> {
        self.file.sync_data()
    }
}

fn decode(entry: &[u8]) -> (u64, u32) {
    let hash = u64::from_le_bytes(entry[..8].try_into().expect("8 bytes"));
    let tag = u32::from_le_bytes(entry[8..12].try_into().expect("4 bytes"));
    (hash, tag)
}

fn encode(hash: u64, tag: u32) -> [u8; SLOT as usize] {
    let mut entry = [0u8; SLOT as usize];
    entry[..8].copy_from_slice(&hash.to_le_bytes());
    entry[8..12].copy_from_slice(&tag.to_le_bytes());
    entry
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_tags_across_growth_and_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seen");
        let mut table = SeenFile::open(&path).unwrap();
        let n = INITIAL_SLOTS * 2;
        for i in 0..n {
            table.set(url_hash(&format!("u{i}")), i as u32).unwrap();
        }
        table.set(url_hash("u7"), 99).unwrap();
        assert_eq!(table.len, n);
        assert!(table.slots >= n * 2);
        drop(table);
        let mut table = SeenFile::open(&path).unwrap();
        assert_eq!(table.len, n);
        assert_eq!(table.get(url_hash("u7")).unwrap(), Some(99));
        assert_eq!(table.get(url_hash("u8")).unwrap(), Some(8));
        assert_eq!(table.get(url_hash("never")).unwrap(), None);
    }

    #[test]
    fn a_file_that_is_not_a_table_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seen");
        std::fs::write(&path, b"not a table at all, just text").unwrap();
        let err = SeenFile::open(&path).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }
}

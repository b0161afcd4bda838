//! Tiny binary format for model files (little-endian, gzip-compressed on disk).
use anyhow::{bail, Context};
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use std::io::{Read, Write};
use std::path::Path;

#[derive(Default)]
pub struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    pub fn u16(&mut self, x: u16) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn i16(&mut self, x: i16) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn u32(&mut self, x: u32) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn u64(&mut self, x: u64) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn f32(&mut self, x: f32) {
        self.buf.extend_from_slice(&x.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, v: &[String]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s);
        }
    }
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
    /// Write to `path` with a magic header naming the model kind; gzip-compressed when the
    /// name ends in `.gz`. The shipped files are left uncompressed: the hashed feature keys
    /// hardly compress (15 MB -> 12 MB) and inflating cost more than half the load time.
    pub fn save(self, path: &Path, magic: &str) -> anyhow::Result<()> {
        let f =
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
        let mut head = Writer::default();
        head.str(magic);
        if path.extension().is_some_and(|e| e == "gz") {
            let mut gz = GzEncoder::new(std::io::BufWriter::new(f), flate2::Compression::best());
            gz.write_all(&head.buf)?;
            gz.write_all(&self.buf)?;
            gz.finish()?.flush()?;
        } else {
            let mut w = std::io::BufWriter::new(f);
            w.write_all(&head.buf)?;
            w.write_all(&self.buf)?;
            w.flush()?;
        }
        Ok(())
    }
}

pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }
    fn take(&mut self, n: usize) -> anyhow::Result<&'a [u8]> {
        if self.pos + n > self.buf.len() {
            bail!("model file truncated");
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    pub fn u16(&mut self) -> anyhow::Result<u16> {
        Ok(u16::from_le_bytes(self.take(2)?.try_into()?))
    }
    pub fn i16(&mut self) -> anyhow::Result<i16> {
        Ok(i16::from_le_bytes(self.take(2)?.try_into()?))
    }
    pub fn u32(&mut self) -> anyhow::Result<u32> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into()?))
    }
    pub fn u64(&mut self) -> anyhow::Result<u64> {
        Ok(u64::from_le_bytes(self.take(8)?.try_into()?))
    }
    pub fn f32(&mut self) -> anyhow::Result<f32> {
        Ok(f32::from_le_bytes(self.take(4)?.try_into()?))
    }
    pub fn str(&mut self) -> anyhow::Result<String> {
        let n = self.u32()? as usize;
        Ok(String::from_utf8(self.take(n)?.to_vec())?)
    }
    pub fn strs(&mut self) -> anyhow::Result<Vec<String>> {
        let n = self.u32()? as usize;
        (0..n).map(|_| self.str()).collect()
    }
    /// Check the magic header written by [`Writer::save`].
    pub fn expect_magic(&mut self, magic: &str) -> anyhow::Result<()> {
        let m = self.str()?;
        if m != magic {
            bail!("not a {magic} model file (found {m:?})");
        }
        Ok(())
    }
}

/// Decompress a gzip model file's bytes.
pub fn gunzip(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .context("decompressing model")?;
    Ok(out)
}

/// A model file's bytes, inflated if they are gzip-compressed.
pub fn model_bytes(bytes: &[u8]) -> anyhow::Result<std::borrow::Cow<'_, [u8]>> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        Ok(std::borrow::Cow::Owned(gunzip(bytes)?))
    } else {
        Ok(std::borrow::Cow::Borrowed(bytes))
    }
}

//! A PDF written object by object, in one pass.
//!
//! lopdf's `Document::save` needs every object in memory, which for a dossier means every
//! scan at once (100 MB and more). Here each object is serialized as soon as it is ready
//! (with lopdf's own object serializer, so the syntax is lopdf's) and picture data is copied
//! straight from its file, so memory holds one document at a time. Object numbers are
//! handed out first and written in any order; the cross-reference table comes last.

use std::io::{self, Write};

use lopdf::{dictionary, Dictionary, Object, ObjectId, Writer as ObjectWriter};

/// Counts what passes through, for offsets and for size estimates written to a sink.
#[derive(Debug)]
pub struct Counting<W> {
    inner: W,
    written: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[derive(Debug)]
pub struct PdfWriter<W: Write> {
    out: Counting<W>,
    /// Byte offset of each object, by number (index 0 is the free head of the list).
    offsets: Vec<Option<u64>>,
}

impl<W: Write> PdfWriter<W> {
    /// Starts the file: version 1.7 (16-bit images, object streams in copied documents) and
    /// the binary comment that tells transfer tools the file is not text.
    pub fn new(inner: W) -> io::Result<Self> {
        let mut out = Counting { inner, written: 0 };
        out.write_all(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")?;
        Ok(Self {
            out,
            offsets: vec![None],
        })
    }

    pub fn written(&self) -> u64 {
        self.out.written
    }

    /// A new object number, to be written later with [`Self::write`].
    pub fn reserve(&mut self) -> ObjectId {
        self.offsets.push(None);
        ((self.offsets.len() - 1) as u32, 0)
    }

    fn start(&mut self, id: ObjectId) -> io::Result<()> {
        let slot = self
            .offsets
            .get_mut(id.0 as usize)
            .ok_or_else(|| io::Error::other(format!("object {} was not reserved", id.0)))?;
        *slot = Some(self.out.written);
        writeln!(self.out, "{} 0 obj", id.0)
    }

    pub fn write(&mut self, id: ObjectId, object: &Object) -> io::Result<()> {
        self.start(id)?;
        if ObjectWriter::need_separator(object) {
            self.out.write_all(b" ")?;
        }
        write_object(&mut self.out, object)?;
        if ObjectWriter::need_end_separator(object) {
            self.out.write_all(b" ")?;
        }
        self.out.write_all(b"\nendobj\n")
    }

    /// A stream whose data comes from `data` (a file's bytes, or a part of them) as it is:
    /// `dict` must already say how it is encoded. `/Length` is set here.
    pub fn write_stream(
        &mut self,
        id: ObjectId,
        mut dict: Dictionary,
        data: &[&[u8]],
    ) -> io::Result<()> {
        let len: usize = data.iter().map(|d| d.len()).sum();
        dict.set("Length", Object::Integer(len as i64));
        self.start(id)?;
        write_object(&mut self.out, &Object::Dictionary(dict))?;
        self.out.write_all(b"\nstream\n")?;
        for part in data {
            self.out.write_all(part)?;
        }
        self.out.write_all(b"\nendstream\nendobj\n")
    }

    /// The cross-reference table and trailer. Every reserved object must have been written.
    /// Returns the output and the number of bytes written.
    pub fn finish(
        mut self,
        root: ObjectId,
        info: ObjectId,
        file_id: [u8; 16],
    ) -> io::Result<(W, u64)> {
        let xref_at = self.out.written;
        let count = self.offsets.len();
        write!(self.out, "xref\n0 {count}\n0000000000 65535 f \n")?;
        let mut table = Vec::with_capacity(count * 20);
        for (number, offset) in self.offsets.iter().enumerate().skip(1) {
            let offset = offset.ok_or_else(|| {
                io::Error::other(format!("object {number} was reserved but never written"))
            })?;
            writeln!(table, "{offset:010} 00000 n ")?;
        }
        self.out.write_all(&table)?;
        let id = Object::String(file_id.to_vec(), lopdf::StringFormat::Hexadecimal);
        let trailer = dictionary! {
            "Size" => count as i64,
            "Root" => root,
            "Info" => info,
            "ID" => vec![id.clone(), id],
        };
        self.out.write_all(b"trailer\n")?;
        write_object(&mut self.out, &Object::Dictionary(trailer))?;
        write!(self.out, "\nstartxref\n{xref_at}\n%%EOF\n")?;
        self.out.flush()?;
        Ok((self.out.inner, self.out.written))
    }
}

fn write_object<W: Write>(out: &mut W, object: &Object) -> io::Result<()> {
    ObjectWriter::write_object(out, object)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_file_is_read_back_by_lopdf() {
        let mut w = PdfWriter::new(Vec::new()).unwrap();
        let catalog = w.reserve();
        let pages = w.reserve();
        let page = w.reserve();
        let content = w.reserve();
        let info = w.reserve();
        w.write_stream(
            content,
            Dictionary::new(),
            &[b"0 0 1 rg ", b"10 10 50 50 re f"],
        )
        .unwrap();
        w.write(
            page,
            &Object::Dictionary(dictionary! {
                "Type" => "Page",
                "Parent" => pages,
                "MediaBox" => vec![0.into(), 0.into(), 100.into(), 100.into()],
                "Contents" => content,
            }),
        )
        .unwrap();
        w.write(
            pages,
            &Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
            }),
        )
        .unwrap();
        w.write(
            catalog,
            &Object::Dictionary(dictionary! { "Type" => "Catalog", "Pages" => pages }),
        )
        .unwrap();
        w.write(info, &Object::Dictionary(Dictionary::new()))
            .unwrap();
        let (bytes, written) = w.finish(catalog, info, [7; 16]).unwrap();
        assert_eq!(written, bytes.len() as u64);
        let doc = lopdf::Document::load_mem(&bytes).unwrap();
        assert_eq!(doc.get_pages().len(), 1);
        assert!(doc.xref_recovery.is_none(), "{:?}", doc.xref_recovery);
        assert_eq!(
            doc.get_page_content(page).trim_ascii(),
            b"0 0 1 rg 10 10 50 50 re f"
        );
    }

    #[test]
    fn an_object_reserved_but_not_written_is_an_error() {
        let mut w = PdfWriter::new(Vec::new()).unwrap();
        let root = w.reserve();
        let info = w.reserve();
        w.write(info, &Object::Null).unwrap();
        assert!(w.finish(root, info, [0; 16]).is_err());
    }
}

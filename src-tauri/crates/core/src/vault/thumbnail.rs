//! What the vault learns of a document when it comes in: a PDF's page count, and a small
//! picture of its first page or of the photo, for the lists.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use super::{FileType, MAX_DECODE_BYTES, MAX_IMAGE_PIXELS, THUMBNAIL_SIZE};
use crate::error::{Error, Invalid, Result};

/// The PDF renderer needs the whole file in memory: bigger PDFs get no thumbnail.
const PDF_THUMBNAIL_MAX_BYTES: u64 = 32 * 1024 * 1024;
/// Page count (lopdf) and a first-page thumbnail (hayro) of a PDF. Neither is required:
/// a PDF whose page tree cannot be read is still the candidate's document.
pub(super) fn pdf_facts(path: &Path, size: u64) -> (Option<i64>, Option<Vec<u8>>) {
    if size > PDF_THUMBNAIL_MAX_BYTES {
        let pages = lopdf::Document::load_metadata(path)
            .ok()
            .map(|m| i64::from(m.page_count));
        return (pages, None);
    }
    let Ok(bytes) = std::fs::read(path) else {
        return (None, None);
    };
    let pages = lopdf::Document::load_metadata_mem(&bytes)
        .ok()
        .map(|m| i64::from(m.page_count));
    (pages, pdf_thumbnail(bytes))
}

/// Renders page 1 so that its longest side is [`THUMBNAIL_SIZE`] pixels. The renderer
/// runs on untrusted input: a panic inside it costs the thumbnail, not the import.
fn pdf_thumbnail(bytes: Vec<u8>) -> Option<Vec<u8>> {
    let pdf = crate::ocr::ScannedPdf::open(bytes)?;
    let pixmap = pdf.render(0, |longest| THUMBNAIL_SIZE as f32 / longest)?;
    pixmap.into_png().ok()
}

/// A PNG thumbnail of a picture, upright (EXIF orientation applied). Pictures over
/// [`MAX_IMAGE_PIXELS`] are refused before decoding; a header that cannot be read means
/// the file is not really a picture. Failing to decode the pixels only costs the
/// thumbnail.
pub(super) fn image_thumbnail(path: &Path, file_type: FileType) -> Result<Option<Vec<u8>>> {
    use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

    let format = match file_type {
        FileType::Jpeg => ImageFormat::Jpeg,
        FileType::Png => ImageFormat::Png,
        _ => return Ok(None),
    };
    let open = || -> io::Result<ImageReader<io::BufReader<File>>> {
        let mut reader = ImageReader::open(path)?;
        reader.set_format(format);
        Ok(reader)
    };
    let not_a_picture = || Error::invalid("file", Invalid::FileType);
    // Reading the header allocates nothing, so the decoder's limits (which would refuse a
    // bomb with a vaguer error) are lifted for it; the pixel count is checked right after.
    let mut header = open().map_err(|e| Error::io(path, e))?;
    header.no_limits();
    let (width, height) = match header.into_dimensions() {
        Ok(size) => size,
        // A JPEG variant the decoder does not read (12-bit, lossless, arithmetic-coded) is
        // still the candidate's picture, as a PDF whose pages cannot be counted is: kept
        // without a thumbnail, never decoded. The dossier asks to save it as a standard JPEG.
        Err(_) if file_type == FileType::Jpeg && is_jpeg_variant(path) => return Ok(None),
        Err(_) => return Err(not_a_picture()),
    };
    if u64::from(width) * u64::from(height) > MAX_IMAGE_PIXELS {
        return Err(Error::invalid("file", Invalid::ImageTooLarge));
    }
    let mut reader = open().map_err(|e| Error::io(path, e))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let thumbnail = || -> image::ImageResult<Vec<u8>> {
        let mut decoder = reader.into_decoder()?;
        let orientation = decoder.orientation()?;
        let mut picture = DynamicImage::from_decoder(decoder)?;
        picture.apply_orientation(orientation);
        let small = picture.thumbnail(THUMBNAIL_SIZE, THUMBNAIL_SIZE);
        let mut png = io::Cursor::new(Vec::new());
        small.write_to(&mut png, ImageFormat::Png)?;
        Ok(png.into_inner())
    };
    Ok(thumbnail().ok())
}

/// A JPEG whose markers name a variant the dossier cannot embed either (as opposed to a
/// damaged file or something else). Only the headers are read: at most 1 MiB.
fn is_jpeg_variant(path: &Path) -> bool {
    use crate::jpeg::{read_info, JpegProblem};

    let mut head = Vec::new();
    let read = File::open(path).and_then(|f| f.take(1024 * 1024).read_to_end(&mut head));
    read.is_ok() && read_info(&head) == Err(JpegProblem::Unsupported)
}

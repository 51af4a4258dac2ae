//! What the dossier and the vault need to know about a JPEG before embedding it byte for byte: its size,
//! colour model, EXIF orientation and resolution, read from the markers before the scan
//! data. Nothing is decoded, so a 12-megapixel photo costs a few hundred bytes of parsing.

/// EXIF orientation: how the stored pixels must be turned to be seen upright.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Orientation {
    #[default]
    Normal,
    FlipHorizontal,
    Rotate180,
    FlipVertical,
    /// Mirrored across the top-left to bottom-right diagonal (EXIF 5).
    Transpose,
    /// Turned a quarter clockwise to be seen upright (EXIF 6).
    Rotate90,
    /// Mirrored across the other diagonal (EXIF 7).
    Transverse,
    /// Turned a quarter counter-clockwise to be seen upright (EXIF 8).
    Rotate270,
}

impl Orientation {
    pub fn from_exif(value: u16) -> Option<Self> {
        Some(match value {
            1 => Self::Normal,
            2 => Self::FlipHorizontal,
            3 => Self::Rotate180,
            4 => Self::FlipVertical,
            5 => Self::Transpose,
            6 => Self::Rotate90,
            7 => Self::Transverse,
            8 => Self::Rotate270,
            _ => return None,
        })
    }

    /// Whether width and height trade places when the picture is shown upright.
    pub fn swaps_axes(self) -> bool {
        matches!(
            self,
            Self::Transpose | Self::Rotate90 | Self::Transverse | Self::Rotate270
        )
    }
}

/// A JPEG's header facts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JpegInfo {
    pub width: u32,
    pub height: u32,
    /// 1 (grey), 3 (YCbCr or RGB) or 4 (CMYK or YCCK).
    pub components: u8,
    /// An Adobe APP14 marker: Photoshop writes CMYK JPEGs with inverted samples.
    pub adobe: bool,
    pub orientation: Orientation,
    /// Dots per inch from the JFIF header, when it states a physical unit.
    pub dpi: Option<f32>,
    /// Where the first scan's header starts: the compressed data follows it.
    pub scan_offset: usize,
}

/// Why a JPEG cannot be embedded as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JpegProblem {
    /// Not a JPEG, or its markers end before the frame header.
    Corrupt,
    /// A variant PDF readers do not display: 12-bit, lossless, arithmetic-coded or
    /// hierarchical, or a height given only after the scan (DNL).
    Unsupported,
}

/// Reads the markers up to the first scan.
pub fn read_info(bytes: &[u8]) -> Result<JpegInfo, JpegProblem> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return Err(JpegProblem::Corrupt);
    }
    let mut at = 2;
    let mut frame: Option<(u32, u32, u8)> = None;
    let mut adobe = false;
    let mut orientation = Orientation::Normal;
    let mut dpi = None;
    let scan_offset = loop {
        // Markers may be preceded by any number of 0xFF fill bytes.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        if bytes.get(at) != Some(&0xFF) {
            return Err(JpegProblem::Corrupt);
        }
        let marker = *bytes.get(at + 1).ok_or(JpegProblem::Corrupt)?;
        at += 2;
        match marker {
            // Standalone markers carry no length.
            0x01 | 0xD0..=0xD8 => continue,
            0xD9 => return Err(JpegProblem::Corrupt),
            _ => {}
        }
        let len = usize::from(be16(bytes, at).ok_or(JpegProblem::Corrupt)?);
        if len < 2 {
            return Err(JpegProblem::Corrupt);
        }
        let data = bytes.get(at + 2..at + len).ok_or(JpegProblem::Corrupt)?;
        match marker {
            // Baseline, extended sequential and progressive Huffman: what PDF's DCTDecode
            // and every reader handle.
            0xC0..=0xC2 => {
                let precision = *data.first().ok_or(JpegProblem::Corrupt)?;
                let height = be16(data, 1).ok_or(JpegProblem::Corrupt)?;
                let width = be16(data, 3).ok_or(JpegProblem::Corrupt)?;
                let components = *data.get(5).ok_or(JpegProblem::Corrupt)?;
                if precision != 8 || height == 0 || !matches!(components, 1 | 3 | 4) {
                    return Err(JpegProblem::Unsupported);
                }
                if width == 0 {
                    return Err(JpegProblem::Corrupt);
                }
                frame = Some((u32::from(width), u32::from(height), components));
            }
            // Lossless, hierarchical and arithmetic-coded frames.
            0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => return Err(JpegProblem::Unsupported),
            0xE0 if data.starts_with(b"JFIF\0") => dpi = jfif_dpi(&data[5..]),
            0xE1 if data.starts_with(b"Exif\0\0") => {
                if let Some(o) = exif_orientation(&data[6..]) {
                    orientation = o;
                }
            }
            0xEE if data.starts_with(b"Adobe") => adobe = true,
            // Start of scan: every header has been seen.
            0xDA => break at - 2,
            _ => {}
        }
        at += len;
    };
    let (width, height, components) = frame.ok_or(JpegProblem::Corrupt)?;
    Ok(JpegInfo {
        width,
        height,
        components,
        adobe,
        orientation,
        dpi,
        scan_offset,
    })
}

fn be16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]))
}

/// JFIF: version (2), units (1: per inch, 2: per cm), X density (2), Y density (2).
fn jfif_dpi(data: &[u8]) -> Option<f32> {
    let units = *data.get(2)?;
    let x = f32::from(be16(data, 3)?);
    match units {
        1 if x > 0.0 => Some(x),
        2 if x > 0.0 => Some(x * 2.54),
        _ => None,
    }
}

/// The Orientation tag (0x0112) of IFD0 in a TIFF structure.
fn exif_orientation(tiff: &[u8]) -> Option<Orientation> {
    let little = match tiff.get(..2)? {
        b"II" => true,
        b"MM" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = [*tiff.get(at)?, *tiff.get(at + 1)?];
        Some(if little {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b = [
            *tiff.get(at)?,
            *tiff.get(at + 1)?,
            *tiff.get(at + 2)?,
            *tiff.get(at + 3)?,
        ];
        Some(if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let count = usize::from(u16_at(ifd)?);
    (0..count).find_map(|i| {
        let entry = ifd + 2 + i * 12;
        (u16_at(entry)? == 0x0112)
            .then(|| u16_at(entry + 8))?
            .and_then(Orientation::from_exif)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(marker: u8, data: &[u8]) -> Vec<u8> {
        let mut out = vec![0xFF, marker];
        out.extend(((data.len() + 2) as u16).to_be_bytes());
        out.extend(data);
        out
    }

    fn sof(marker: u8, precision: u8, w: u16, h: u16, components: u8) -> Vec<u8> {
        let mut data = vec![precision];
        data.extend(h.to_be_bytes());
        data.extend(w.to_be_bytes());
        data.push(components);
        segment(marker, &data)
    }

    fn jpeg(segments: &[Vec<u8>]) -> Vec<u8> {
        let mut out = vec![0xFF, 0xD8];
        for s in segments {
            out.extend(s);
        }
        out.extend(segment(0xDA, &[0; 4]));
        out.extend([0x12, 0x34, 0xFF, 0xD9]);
        out
    }

    fn exif(orientation: u16, little: bool) -> Vec<u8> {
        let mut tiff = Vec::new();
        let w16 = |v: u16| {
            if little {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            }
        };
        let w32 = |v: u32| {
            if little {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            }
        };
        tiff.extend(if little { b"II" } else { b"MM" });
        tiff.extend(w16(42));
        tiff.extend(w32(8));
        tiff.extend(w16(1));
        tiff.extend(w16(0x0112));
        tiff.extend(w16(3));
        tiff.extend(w32(1));
        tiff.extend(w16(orientation));
        tiff.extend([0, 0]);
        tiff.extend(w32(0));
        let mut data = b"Exif\0\0".to_vec();
        data.extend(tiff);
        segment(0xE1, &data)
    }

    #[test]
    fn reads_size_components_orientation_and_density() {
        let jfif = segment(0xE0, b"JFIF\0\x01\x01\x01\x01\x2c\x01\x2c\0\0");
        let bytes = jpeg(&[jfif, exif(6, false), sof(0xC2, 8, 3024, 4032, 3)]);
        let info = read_info(&bytes).unwrap();
        assert_eq!((info.width, info.height, info.components), (3024, 4032, 3));
        assert_eq!(info.orientation, Orientation::Rotate90);
        assert_eq!(info.dpi, Some(300.0));
        assert!(!info.adobe);
        let le = jpeg(&[exif(8, true), sof(0xC0, 8, 10, 20, 1)]);
        assert_eq!(read_info(&le).unwrap().orientation, Orientation::Rotate270);
    }

    #[test]
    fn cmyk_with_adobe_marker() {
        let adobe = segment(0xEE, b"Adobe\0\x64\0\0\0\0\x02");
        let info = read_info(&jpeg(&[adobe, sof(0xC0, 8, 5, 5, 4)])).unwrap();
        assert_eq!(info.components, 4);
        assert!(info.adobe);
    }

    #[test]
    fn refuses_variants_and_damage() {
        let twelve_bit = jpeg(&[sof(0xC1, 12, 5, 5, 3)]);
        assert_eq!(read_info(&twelve_bit), Err(JpegProblem::Unsupported));
        let lossless = jpeg(&[sof(0xC3, 8, 5, 5, 3)]);
        assert_eq!(read_info(&lossless), Err(JpegProblem::Unsupported));
        let no_frame = jpeg(&[]);
        assert_eq!(read_info(&no_frame), Err(JpegProblem::Corrupt));
        let good = jpeg(&[sof(0xC0, 8, 5, 5, 3)]);
        assert_eq!(read_info(&good[..8]), Err(JpegProblem::Corrupt));
        assert_eq!(read_info(b"not a jpeg"), Err(JpegProblem::Corrupt));
    }
}

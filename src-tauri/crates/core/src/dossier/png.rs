//! PNG pictures in the dossier, losslessly.
//!
//! A PNG's IDAT data is a zlib stream of filtered rows, which is exactly what PDF's
//! FlateDecode with the PNG predictors reads. So most scans (grey, RGB or palette, any bit
//! depth, not interlaced) are embedded by copying their IDAT bytes: no decoding, no
//! re-compression, same pixels. Transparency (an alpha channel or palette alpha) and
//! interlacing need the pixels: those pictures are decoded, split into colour and an SMask,
//! and compressed again, still losslessly (16 bits stay 16 bits).

use std::io::Write;

use flate2::write::ZlibEncoder;
use flate2::Compression;
use image::{DynamicImage, ImageDecoder};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// A PNG's header and the chunks the dossier uses.
#[derive(Debug, Clone, PartialEq)]
pub struct PngInfo {
    pub width: u32,
    pub height: u32,
    pub bit_depth: u8,
    /// 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.
    pub color_type: u8,
    pub interlaced: bool,
    /// The palette, RGB triples.
    pub palette: Option<Vec<u8>>,
    /// The tRNS chunk: palette alphas, or the one transparent grey or RGB colour.
    pub transparency: Option<Vec<u8>>,
    /// From pHYs, when its unit is the metre.
    pub dpi: Option<f32>,
    /// Where the IDAT chunks' data lie in the file, in order.
    pub idat: Vec<(usize, usize)>,
}

impl PngInfo {
    pub fn idat_len(&self) -> usize {
        self.idat.iter().map(|(_, len)| len).sum()
    }

    /// Whether the IDAT stream can be used as it is (see the module comment).
    pub fn copies_as_is(&self) -> bool {
        !self.interlaced
            && match self.color_type {
                0 | 2 => true,
                3 => self.transparency.is_none() && self.palette.is_some(),
                _ => false,
            }
    }

    pub fn colors(&self) -> u8 {
        match self.color_type {
            0 | 3 => 1,
            2 => 3,
            4 => 2,
            _ => 4,
        }
    }
}

/// Reads the chunk list; `None` if it is not a well-formed PNG (truncated, bad header).
pub fn read_info(bytes: &[u8]) -> Option<PngInfo> {
    let mut at = SIGNATURE.len();
    if !bytes.starts_with(SIGNATURE) {
        return None;
    }
    let mut info: Option<PngInfo> = None;
    loop {
        let len =
            usize::try_from(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?)).ok()?;
        let kind: [u8; 4] = bytes.get(at + 4..at + 8)?.try_into().ok()?;
        let data_at = at + 8;
        let data = bytes.get(data_at..data_at.checked_add(len)?)?;
        // Chunk data, then its CRC: a truncated or damaged file fails here, before its
        // IDAT bytes are copied into a dossier that no reader could display.
        let crc = u32::from_be_bytes(
            bytes
                .get(data_at + len..data_at + len + 4)?
                .try_into()
                .ok()?,
        );
        let mut hasher = crc32fast::Hasher::new();
        hasher.update(&kind);
        hasher.update(data);
        if hasher.finalize() != crc {
            return None;
        }
        match &kind {
            b"IHDR" => {
                let width = u32::from_be_bytes(data.get(0..4)?.try_into().ok()?);
                let height = u32::from_be_bytes(data.get(4..8)?.try_into().ok()?);
                let (bit_depth, color_type) = (*data.get(8)?, *data.get(9)?);
                let valid_depth = match color_type {
                    0 => matches!(bit_depth, 1 | 2 | 4 | 8 | 16),
                    3 => matches!(bit_depth, 1 | 2 | 4 | 8),
                    2 | 4 | 6 => matches!(bit_depth, 8 | 16),
                    _ => false,
                };
                if width == 0 || height == 0 || !valid_depth {
                    return None;
                }
                info = Some(PngInfo {
                    width,
                    height,
                    bit_depth,
                    color_type,
                    interlaced: *data.get(12)? != 0,
                    palette: None,
                    transparency: None,
                    dpi: None,
                    idat: Vec::new(),
                });
            }
            b"PLTE" => info.as_mut()?.palette = Some(data.to_vec()),
            b"tRNS" => info.as_mut()?.transparency = Some(data.to_vec()),
            b"pHYs" => {
                let ppm = u32::from_be_bytes(data.get(0..4)?.try_into().ok()?);
                if data.get(8) == Some(&1) && ppm > 0 {
                    info.as_mut()?.dpi = Some(ppm as f32 * 0.0254);
                }
            }
            b"IDAT" => info.as_mut()?.idat.push((data_at, len)),
            b"IEND" => break,
            _ => {}
        }
        at = data_at + len + 4;
    }
    let info = info?;
    (!info.idat.is_empty()).then_some(info)
}

/// The colour key of a grey or RGB picture's tRNS chunk, as a PDF `/Mask` array.
pub fn color_key_mask(info: &PngInfo) -> Option<Vec<i64>> {
    let trns = info.transparency.as_ref()?;
    let samples = match info.color_type {
        0 => 1,
        2 => 3,
        _ => return None,
    };
    let values: Vec<i64> = (0..samples)
        .map(|i| {
            Some(i64::from(u16::from_be_bytes([
                *trns.get(2 * i)?,
                *trns.get(2 * i + 1)?,
            ])))
        })
        .collect::<Option<_>>()?;
    Some(values.iter().flat_map(|&v| [v, v]).collect())
}

/// A decoded picture split for PDF: colour samples and, if any pixel is not opaque, an
/// alpha channel, both zlib-compressed, at 8 or 16 bits per sample.
#[derive(Debug)]
pub struct Decoded {
    pub width: u32,
    pub height: u32,
    pub bits: u8,
    /// 1 (grey) or 3 (RGB).
    pub colors: u8,
    pub color_data: Vec<u8>,
    pub alpha_data: Option<Vec<u8>>,
}

/// Decodes a PNG that cannot be copied as it is (see [`PngInfo::copies_as_is`]). The
/// caller has checked the pixel count, so the decoder's own limits only guard memory.
pub fn decode_lossless(bytes: &[u8], max_alloc: u64) -> image::ImageResult<Decoded> {
    let mut decoder = image::codecs::png::PngDecoder::new(std::io::Cursor::new(bytes))?;
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(max_alloc);
    decoder.set_limits(limits)?;
    let picture = DynamicImage::from_decoder(decoder)?;
    let (width, height) = (picture.width(), picture.height());
    let sixteen = matches!(
        picture,
        DynamicImage::ImageLuma16(_)
            | DynamicImage::ImageLumaA16(_)
            | DynamicImage::ImageRgb16(_)
            | DynamicImage::ImageRgba16(_)
    );
    let grey = matches!(
        picture,
        DynamicImage::ImageLuma8(_)
            | DynamicImage::ImageLumaA8(_)
            | DynamicImage::ImageLuma16(_)
            | DynamicImage::ImageLumaA16(_)
    );
    let has_alpha = picture.color().has_alpha();
    let colors: u8 = if grey { 1 } else { 3 };
    let mut color = Vec::new();
    let mut alpha = Vec::new();
    let mut any_transparent = false;
    if sixteen {
        let samples: Vec<u16> = if grey {
            picture.to_luma_alpha16().into_raw()
        } else {
            picture.to_rgba16().into_raw()
        };
        let per_pixel = usize::from(colors) + 1;
        color.reserve(samples.len() / per_pixel * usize::from(colors) * 2);
        for px in samples.chunks_exact(per_pixel) {
            for c in &px[..usize::from(colors)] {
                color.extend(c.to_be_bytes());
            }
            let a = px[usize::from(colors)];
            any_transparent |= a != u16::MAX;
            alpha.extend(a.to_be_bytes());
        }
    } else {
        let samples: Vec<u8> = if grey {
            picture.to_luma_alpha8().into_raw()
        } else {
            picture.to_rgba8().into_raw()
        };
        let per_pixel = usize::from(colors) + 1;
        color.reserve(samples.len() / per_pixel * usize::from(colors));
        for px in samples.chunks_exact(per_pixel) {
            color.extend(&px[..usize::from(colors)]);
            let a = px[usize::from(colors)];
            any_transparent |= a != u8::MAX;
            alpha.push(a);
        }
    }
    let alpha_data = if has_alpha && any_transparent {
        Some(zlib(&alpha))
    } else {
        None
    };
    Ok(Decoded {
        width,
        height,
        bits: if sixteen { 16 } else { 8 },
        colors,
        color_data: zlib(&color),
        alpha_data,
    })
}

/// Default compression: within a few percent of the best, several times faster.
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut encoder = ZlibEncoder::new(Vec::with_capacity(data.len() / 2), Compression::new(6));
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageBuffer, Luma, LumaA, Rgba};

    fn encode(picture: DynamicImage) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn grey_and_rgb_pictures_are_copied_as_they_are() {
        let grey = encode(DynamicImage::ImageLuma8(ImageBuffer::from_fn(
            30,
            20,
            |x, _| Luma([x as u8]),
        )));
        let info = read_info(&grey).unwrap();
        assert_eq!((info.width, info.height, info.color_type), (30, 20, 0));
        assert!(info.copies_as_is());
        assert!(info.idat_len() > 0);
        let sixteen = encode(DynamicImage::ImageLuma16(ImageBuffer::from_fn(
            5,
            5,
            |x, _| Luma([x as u16 * 1000]),
        )));
        let info = read_info(&sixteen).unwrap();
        assert_eq!(info.bit_depth, 16);
        assert!(info.copies_as_is());
    }

    #[test]
    fn alpha_is_split_into_a_mask_only_when_used() {
        let rgba = encode(DynamicImage::ImageRgba8(ImageBuffer::from_fn(
            4,
            4,
            |x, _| Rgba([255, 0, 0, if x == 0 { 0 } else { 255 }]),
        )));
        assert!(!read_info(&rgba).unwrap().copies_as_is());
        let decoded = decode_lossless(&rgba, 1 << 20).unwrap();
        assert_eq!((decoded.colors, decoded.bits), (3, 8));
        assert!(decoded.alpha_data.is_some());
        let opaque = encode(DynamicImage::ImageLumaA16(ImageBuffer::from_fn(
            4,
            4,
            |_, _| LumaA([7, u16::MAX]),
        )));
        let decoded = decode_lossless(&opaque, 1 << 20).unwrap();
        assert_eq!((decoded.colors, decoded.bits), (1, 16));
        assert!(decoded.alpha_data.is_none());
    }

    #[test]
    fn truncated_files_are_not_pngs() {
        let grey = encode(DynamicImage::ImageLuma8(ImageBuffer::from_fn(
            30,
            20,
            |x, _| Luma([x as u8]),
        )));
        assert!(read_info(&grey[..grey.len() - 20]).is_none());
        let mut damaged = grey.clone();
        let middle = damaged.len() / 2;
        damaged[middle] ^= 0x55;
        assert!(read_info(&damaged).is_none());
        assert!(read_info(b"\x89PNG\r\n\x1a\n").is_none());
    }
}

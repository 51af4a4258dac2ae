//! A picture's page: the image XObject (JPEG bytes as they are, PNG data as it is or
//! re-compressed losslessly), a one-line content stream that places it, the page.

use std::io::{self, Write};

use lopdf::{dictionary, Dictionary, Object, ObjectId};

use super::folio::Folios;
use super::geometry::Placement;
use super::png::{self, Decoded, PngInfo};
use super::writer::PdfWriter;

/// Image data ready for an XObject.
#[derive(Debug)]
pub enum Picture<'a> {
    /// A JPEG file, embedded byte for byte (DCTDecode).
    Jpeg {
        bytes: &'a [u8],
        width: u32,
        height: u32,
        components: u8,
        /// Adobe CMYK JPEGs store inverted samples: a `/Decode` array turns them back.
        adobe: bool,
    },
    /// A PNG whose IDAT stream PDF reads as it is.
    PngData { bytes: &'a [u8], info: &'a PngInfo },
    /// A PNG decoded and compressed again (transparency, interlacing).
    Decoded(&'a Decoded),
}

fn color_space(colors: u8) -> Object {
    match colors {
        1 => "DeviceGray".into(),
        4 => "DeviceCMYK".into(),
        _ => "DeviceRGB".into(),
    }
}

/// Writes the picture's XObject(s); returns the image's object number.
fn write_image<W: Write>(w: &mut PdfWriter<W>, picture: &Picture<'_>) -> io::Result<ObjectId> {
    let id = w.reserve();
    match picture {
        Picture::Jpeg {
            bytes,
            width,
            height,
            components,
            adobe,
        } => {
            let mut dict = dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(*width),
                "Height" => i64::from(*height),
                "ColorSpace" => color_space(*components),
                "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            };
            if *components == 4 && *adobe {
                dict.set(
                    "Decode",
                    [1, 0, 1, 0, 1, 0, 1, 0].map(Object::from).to_vec(),
                );
            }
            w.write_stream(id, dict, &[bytes])?;
        }
        Picture::PngData { bytes, info } => {
            let color_space = match (&info.palette, info.color_type) {
                (Some(palette), 3) => Object::Array(vec![
                    "Indexed".into(),
                    "DeviceRGB".into(),
                    ((palette.len() / 3).max(1) as i64 - 1).into(),
                    Object::String(palette.clone(), lopdf::StringFormat::Hexadecimal),
                ]),
                _ => color_space(info.colors()),
            };
            let mut dict = dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(info.width),
                "Height" => i64::from(info.height),
                "ColorSpace" => color_space,
                "BitsPerComponent" => i64::from(info.bit_depth),
                "Filter" => "FlateDecode",
                "DecodeParms" => dictionary! {
                    "Predictor" => 15,
                    "Colors" => i64::from(info.colors()),
                    "BitsPerComponent" => i64::from(info.bit_depth),
                    "Columns" => i64::from(info.width),
                },
            };
            if let Some(mask) = png::color_key_mask(info) {
                dict.set(
                    "Mask",
                    mask.into_iter().map(Object::from).collect::<Vec<_>>(),
                );
            }
            let parts: Vec<&[u8]> = info
                .idat
                .iter()
                .filter_map(|&(at, len)| bytes.get(at..at + len))
                .collect();
            w.write_stream(id, dict, &parts)?;
        }
        Picture::Decoded(decoded) => {
            let mut dict = dictionary! {
                "Type" => "XObject",
                "Subtype" => "Image",
                "Width" => i64::from(decoded.width),
                "Height" => i64::from(decoded.height),
                "ColorSpace" => color_space(decoded.colors),
                "BitsPerComponent" => i64::from(decoded.bits),
                "Filter" => "FlateDecode",
            };
            if let Some(alpha) = &decoded.alpha_data {
                let mask = w.reserve();
                w.write_stream(
                    mask,
                    dictionary! {
                        "Type" => "XObject",
                        "Subtype" => "Image",
                        "Width" => i64::from(decoded.width),
                        "Height" => i64::from(decoded.height),
                        "ColorSpace" => "DeviceGray",
                        "BitsPerComponent" => i64::from(decoded.bits),
                        "Filter" => "FlateDecode",
                    },
                    &[alpha],
                )?;
                dict.set("SMask", mask);
            }
            w.write_stream(id, dict, &[&decoded.color_data])?;
        }
    }
    Ok(id)
}

/// Writes the picture and its page; returns the page's object number.
pub fn write_page<W: Write>(
    w: &mut PdfWriter<W>,
    parent: ObjectId,
    picture: &Picture<'_>,
    placement: &Placement,
    folio: Option<(&Folios, usize)>,
) -> io::Result<ObjectId> {
    let image = write_image(w, picture)?;
    let [a, b, c, d, e, f] = placement.matrix();
    let content = format!("q {a:.4} {b:.4} {c:.4} {d:.4} {e:.4} {f:.4} cm /Im0 Do Q");
    let content_id = w.reserve();
    w.write_stream(content_id, Dictionary::new(), &[content.as_bytes()])?;
    let page = w.reserve();
    let mut dict = dictionary! {
        "Type" => "Page",
        "Parent" => parent,
        "MediaBox" => vec![
            0.into(),
            0.into(),
            Object::Real(placement.page_width),
            Object::Real(placement.page_height),
        ],
        "Resources" => dictionary! {
            "XObject" => dictionary! { "Im0" => image },
        },
        "Contents" => content_id,
    };
    if let Some((folios, number)) = folio {
        folios.stamp(w, &mut dict, number)?;
    }
    w.write(page, &Object::Dictionary(dict))?;
    Ok(page)
}

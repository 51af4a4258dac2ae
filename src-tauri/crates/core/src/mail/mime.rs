//! The message's MIME encoding: headers as RFC 2047 encoded words folded at 78
//! characters, the body in quoted-printable, attachments in base64, and the percent-encoding
//! of a `mailto:` link.

use super::*;

pub(super) fn header<W: Write>(out: &mut W, name: &str, value: &str) -> io::Result<()> {
    write!(out, "{name}: {value}\r\n")
}

/// The tokens of `Name <addr>`: the name as encoded words when it is not plain ASCII.
pub(super) fn mailbox(name: &str, email: &str) -> Vec<String> {
    let name = name.trim();
    let address = format!("<{email}>");
    if name.is_empty() {
        return vec![email.to_owned()];
    }
    let plain = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-');
    let mut tokens: Vec<String> = if plain {
        name.split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    } else {
        encoded_words(name)
    };
    tokens.push(address);
    tokens
}

/// `Name: tok tok` folded before a token whenever the line would pass 78 characters.
/// Decoders drop the whitespace between two encoded words, so folding there adds nothing
/// to the text.
pub(super) fn fold(name: &str, tokens: &[String]) -> String {
    let mut out = format!("{name}:");
    let mut line = out.len();
    for token in tokens {
        if line + 1 + token.len() > 78 && line > name.len() + 1 {
            out.push_str("\r\n");
            line = 0;
        }
        out.push(' ');
        out.push_str(token);
        line += 1 + token.len();
    }
    out.push_str("\r\n");
    out
}

/// Longest UTF-8 chunk per encoded word: 42 bytes make 56 base64 characters, a 68-character
/// word, which fits after `Subject: ` on a 78-character line (RFC 2047 allows 75).
pub(super) const WORD_BYTES: usize = 42;

/// Text as RFC 2047 encoded words, never splitting a character between two of them.
pub(super) fn encoded_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in s.chars() {
        if chunk.len() + c.len_utf8() > WORD_BYTES {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    if !chunk.is_empty() || words.is_empty() {
        words.push(chunk);
    }
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", BASE64.encode(w.as_bytes())))
        .collect()
}

/// The subject header. Short plain ASCII is written as it is; anything else (accents,
/// runs of spaces, `=?`, long lines) as encoded words, one per line, which decoders join
/// without the folding whitespace: the text comes back exactly.
pub(super) fn subject_header(s: &str) -> String {
    let plain = s.is_ascii()
        && !s.contains("=?")
        && !s.contains("  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.chars().any(|c| c.is_ascii_control())
        && "Subject: ".len() + s.len() <= 78;
    if plain {
        return format!("Subject: {s}\r\n");
    }
    fold("Subject", &encoded_words(s))
}

/// The body in quoted-printable: UTF-8 bytes outside printable ASCII as `=XX`, lines at
/// most 76 characters with soft breaks, CRLF line ends.
pub(super) fn quoted_printable(text: &str) -> String {
    let mut out = String::new();
    let normalized = text.replace("\r\n", "\n");
    for line in normalized.split('\n') {
        let bytes = line.as_bytes();
        let mut width = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let last = i + 1 == bytes.len();
            let token = if (b == b' ' || b == b'\t') && last {
                format!("={b:02X}")
            } else if (33..=126).contains(&b) && b != b'=' || b == b' ' || b == b'\t' {
                (b as char).to_string()
            } else {
                format!("={b:02X}")
            };
            // Room for the soft break's "=" on the line.
            if width + token.len() > 75 {
                out.push_str("=\r\n");
                width = 0;
            }
            width += token.len();
            out.push_str(&token);
        }
        out.push_str("\r\n");
    }
    out
}

/// The attachment's `Content-Type` and `Content-Disposition` headers. A plain ASCII name is
/// quoted as it is; any other is given twice, as Thunderbird does: `name=` in encoded
/// words (what older Outlook reads) and RFC 2231 `filename*0*=UTF-8''…` continuations,
/// every line within 78 characters.
pub(super) fn attachment_headers(mime: &str, name: &str) -> String {
    let safe = name.is_ascii()
        && !name
            .chars()
            .any(|c| c == '"' || c == '\\' || c.is_ascii_control())
        && name.len() <= 50;
    if safe {
        return format!(
            "Content-Type: {mime}; name=\"{name}\"\r\n\
             Content-Disposition: attachment; filename=\"{name}\"\r\n"
        );
    }
    let words = encoded_words(name).join("\r\n ");
    let mut out =
        format!("Content-Type: {mime};\r\n name=\"{words}\"\r\nContent-Disposition: attachment");
    let encoded = percent_encode(name);
    let mut pieces: Vec<&str> = Vec::new();
    let mut rest = encoded.as_str();
    while !rest.is_empty() {
        let mut cut = rest.len().min(54);
        // Never between the two hex digits of a %XX.
        while cut < rest.len() && rest[..cut].rfind('%').is_some_and(|p| p + 3 > cut) {
            cut -= 1;
        }
        pieces.push(&rest[..cut]);
        rest = &rest[cut..];
    }
    for (i, piece) in pieces.iter().enumerate() {
        let charset = if i == 0 { "UTF-8''" } else { "" };
        out.push_str(&format!(";\r\n filename*{i}*={charset}{piece}"));
    }
    out.push_str("\r\n");
    out
}

/// Base64 in lines of 76 characters (57 input bytes each), read in large chunks.
pub(super) fn write_base64<R: Read, W: Write>(mut input: R, out: &mut W) -> io::Result<()> {
    const LINE: usize = 57;
    let mut buf = vec![0u8; LINE * 1024];
    let mut line = String::with_capacity(80);
    loop {
        let mut filled = 0;
        while filled < buf.len() {
            match input.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        if filled == 0 {
            return Ok(());
        }
        let mut encoded = Vec::with_capacity(filled / LINE * 78 + 80);
        for chunk in buf[..filled].chunks(LINE) {
            line.clear();
            BASE64.encode_string(chunk, &mut line);
            encoded.extend_from_slice(line.as_bytes());
            encoded.extend_from_slice(b"\r\n");
        }
        out.write_all(&encoded)?;
        if filled < buf.len() {
            return Ok(());
        }
    }
}

/// Size of `n` bytes in base64 with CRLF every 76 characters.
pub(super) fn base64_len(n: u64) -> u64 {
    let chars = n.div_ceil(3) * 4;
    chars + chars.div_ceil(76) * 2
}

/// RFC 3986 unreserved characters stay; every other byte of the UTF-8 is `%XX`.
pub(super) fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// An address in a `mailto:`: `@` stays readable, anything that would end the address
/// (`?`, `&`, `#`, `%`, spaces, commas) is encoded.
pub(super) fn encode_address(s: &str) -> String {
    percent_encode(s).replace("%40", "@")
}

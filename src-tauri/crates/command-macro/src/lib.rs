//! `#[command]` and `#[command(async)]`: Tauri's `#[tauri::command]`, plus the command's
//! signature as the window calls it, so that the window's typed client is written from the
//! Rust functions themselves instead of being copied by hand.
//!
//! The signature is each argument by the name Tauri takes it (the Rust parameter in
//! camelCase) with its TypeScript type, the result's TypeScript type, and the types to
//! import. It is kept in a module of the command's own name, in tests only
//! (`documents::documents_search::SIGNATURE`): the shell's `commands!` gathers them from
//! `list.rs` and its `generated` test writes ui/src/lib/bindings/commands.ts.
//!
//! A type is named as it is written, which is the name ts-rs exports it under: a type
//! renamed for the window (`Progress` as `DossierProgress`) is imported under that name
//! where a command uses it. The parameters Tauri fills itself (the state, the app, the
//! window) are left out. A type this macro cannot name is a compile error, at the command.

use std::collections::BTreeSet;

use proc_macro::TokenStream;
use quote::quote;
use syn::spanned::Spanned;
use syn::{
    parse_macro_input, FnArg, GenericArgument, ItemFn, Pat, PathArguments, ReturnType, Type,
};

/// What Tauri gives a command itself: never sent by the window.
const INJECTED: &[&str] = &[
    "State",
    "AppHandle",
    "Window",
    "WebviewWindow",
    "Webview",
    "Request",
];

/// Rust numbers: a JavaScript number (ts-rs's `large_int = "number"` for 64-bit ones too).
const NUMBERS: &[&str] = &[
    "i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize", "f32", "f64",
];

/// Carried as text: strings, paths, dates and instants (chrono's serde forms).
const TEXTS: &[&str] = &[
    "String",
    "str",
    "PathBuf",
    "Path",
    "NaiveDate",
    "NaiveTime",
    "DateTime",
    "char",
];

#[proc_macro_attribute]
pub fn command(attr: TokenStream, item: TokenStream) -> TokenStream {
    let attr = proc_macro2::TokenStream::from(attr);
    // Only `async` is passed on to Tauri: an argument such as `rename_all` would change the
    // names Tauri takes, which the signature would not follow.
    if !attr.is_empty() && attr.to_string() != "async" {
        return syn::Error::new(
            attr.span(),
            "#[command] takes only `async`: the signature follows Tauri's default names",
        )
        .to_compile_error()
        .into();
    }
    let function = parse_macro_input!(item as ItemFn);
    let (args, result, types) = match signature(&function) {
        Ok(found) => found,
        Err(e) => return e.to_compile_error().into(),
    };
    let name = &function.sig.ident;
    let name_text = name.to_string();
    let arg_names = args.iter().map(|(n, _)| n);
    let arg_types = args.iter().map(|(_, t)| t);
    let tauri = if attr.is_empty() {
        quote!(#[tauri::command])
    } else {
        quote!(#[tauri::command(#attr)])
    };
    quote! {
        #tauri
        #function

        /// The command's signature for the window's typed client.
        #[cfg(test)]
        #[doc(hidden)]
        pub mod #name {
            pub const SIGNATURE: crate::commands::Signature = crate::commands::Signature {
                name: #name_text,
                args: &[#((#arg_names, #arg_types)),*],
                result: #result,
                types: &[#(#types),*],
            };
        }
    }
    .into()
}

type Found = (Vec<(String, String)>, String, Vec<String>);

fn signature(function: &ItemFn) -> syn::Result<Found> {
    let mut types = BTreeSet::new();
    let mut args = Vec::new();
    for input in &function.sig.inputs {
        let FnArg::Typed(typed) = input else {
            return Err(syn::Error::new(input.span(), "a command takes no `self`"));
        };
        if is_injected(&typed.ty) {
            continue;
        }
        let Pat::Ident(ident) = &*typed.pat else {
            return Err(syn::Error::new(
                typed.pat.span(),
                "a command's parameter needs a plain name: the window sends it by that name",
            ));
        };
        let rust = ident.ident.to_string();
        args.push((
            camel_case(rust.trim_start_matches("r#")),
            typescript(&typed.ty, &mut types)?,
        ));
    }
    let result = match &function.sig.output {
        ReturnType::Default => "null".to_owned(),
        ReturnType::Type(_, ty) => typescript(success_of(ty), &mut types)?,
    };
    Ok((args, result, types.into_iter().collect()))
}

/// The last segment of a path type and its type arguments.
fn segment(ty: &Type) -> Option<(String, Vec<&Type>)> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    let generics = match &last.arguments {
        PathArguments::AngleBracketed(a) => a
            .args
            .iter()
            .filter_map(|g| match g {
                GenericArgument::Type(t) => Some(t),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Some((last.ident.to_string(), generics))
}

fn is_injected(ty: &Type) -> bool {
    segment(ty).is_some_and(|(name, _)| INJECTED.contains(&name.as_str()))
}

/// `T` of `Result<T, E>` or of the shell's `CommandResult<T>`; anything else as it is.
fn success_of(ty: &Type) -> &Type {
    match segment(ty) {
        Some((name, generics)) if name == "Result" || name == "CommandResult" => {
            generics.first().copied().unwrap_or(ty)
        }
        _ => ty,
    }
}

fn typescript(ty: &Type, types: &mut BTreeSet<String>) -> syn::Result<String> {
    let unknown = || {
        syn::Error::new(
            ty.span(),
            "no TypeScript type is known for this: use a type ts-rs exports to ui/src/lib/bindings",
        )
    };
    match ty {
        Type::Reference(r) => typescript(&r.elem, types),
        Type::Paren(p) => typescript(&p.elem, types),
        Type::Tuple(t) if t.elems.is_empty() => Ok("null".to_owned()),
        Type::Slice(s) => Ok(array(typescript(&s.elem, types)?)),
        Type::Path(_) => {
            let (name, generics) = segment(ty).ok_or_else(unknown)?;
            match (name.as_str(), generics.as_slice()) {
                (n, []) if NUMBERS.contains(&n) => Ok("number".to_owned()),
                (n, _) if TEXTS.contains(&n) => Ok("string".to_owned()),
                ("bool", []) => Ok("boolean".to_owned()),
                ("Option", [inner]) => Ok(format!("{} | null", typescript(inner, types)?)),
                ("Vec", [inner]) => Ok(array(typescript(inner, types)?)),
                ("Channel", [inner]) => {
                    types.insert(name.clone());
                    Ok(format!("Channel<{}>", typescript(inner, types)?))
                }
                (_, []) if name.starts_with(char::is_uppercase) => {
                    types.insert(name.clone());
                    Ok(name)
                }
                _ => Err(unknown()),
            }
        }
        _ => Err(unknown()),
    }
}

/// `T[]`, with a union in parentheses: `(Countdown | null)[]`.
fn array(inner: String) -> String {
    if inner.contains(' ') {
        format!("({inner})[]")
    } else {
        format!("{inner}[]")
    }
}

/// `application_id` → `applicationId`, as Tauri takes a command's arguments.
fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = !out.is_empty();
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

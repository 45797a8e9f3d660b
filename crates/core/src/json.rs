//! Reading JSON that a person may have edited by hand, or another program
//! written: strictly.
//!
//! `serde_json` keeps the last of two values for the same key without a
//! word, so `{"name": "A", "name": "B"}` would be read as `B` and the
//! person would never learn that the file said two things. Here a key
//! given twice is an error that names it by its JSON path. A leading
//! byte-order mark, which some editors write, is accepted and skipped.
//! The record document is read this way. A bundle's envelope and payload
//! are read straight into their types, which have no maps: serde's
//! derived types refuse a field given twice on their own, in one pass.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// Why a text is not the JSON it should be.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JsonError {
    /// Not JSON at all, or cut short: `path` is where reading stopped.
    #[error("not JSON at {path}")]
    Syntax {
        /// The JSON path where reading stopped (`$` for the top).
        path: String,
    },
    /// An object names the same key twice: `path` is that key's path.
    #[error("{path} is given twice")]
    DuplicateKey {
        /// The JSON path of the repeated key (`steps[0].title`).
        path: String,
    },
}

/// The marker a duplicate's error message starts with, so it can be told
/// from a syntax error after `serde_path_to_error` has added the path.
const DUPLICATE: &str = "duplicate key: ";

/// Reads `text` as one JSON value, refusing a key given twice in any
/// object and anything after the value.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize::<_, Strict>(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let message = e.inner().to_string();
        match message.strip_prefix(DUPLICATE) {
            Some(rest) => {
                let key = rest.split(" at line ").next().unwrap_or(rest);
                JsonError::DuplicateKey {
                    path: if path == "." {
                        key.to_owned()
                    } else {
                        format!("{path}.{key}")
                    },
                }
            }
            None => JsonError::Syntax {
                path: if path == "." { "$".into() } else { path },
            },
        }
    })?;
    de.end()
        .map_err(|_| JsonError::Syntax { path: "$".into() })?;
    Ok(value.0)
}

/// A JSON value read with no key given twice.
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!("{DUPLICATE}{key}")));
            }
            let Strict(v) = map.next_value()?;
            object.insert(key, v);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_given_twice_is_named_by_its_path() {
        assert_eq!(
            parse(r#"{"a": 1, "a": 2}"#),
            Err(JsonError::DuplicateKey { path: "a".into() })
        );
        assert_eq!(
            parse(r#"{"steps": [{"id": 1}, {"id": 2, "title": "x", "title": "y"}]}"#),
            Err(JsonError::DuplicateKey {
                path: "steps[1].title".into()
            })
        );
        assert_eq!(
            parse(r#"{"profile": {"name": "A", "name": "B"}}"#),
            Err(JsonError::DuplicateKey {
                path: "profile.name".into()
            })
        );
    }

    #[test]
    fn values_read_as_serde_json_reads_them() {
        let text = r#"{"a": [1, -2, 3.5, "x", null, true, {"b": {}}], "c": "ö"}"#;
        assert_eq!(
            parse(text).unwrap(),
            serde_json::from_str::<Value>(text).unwrap()
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_trailing_text_refused() {
        assert_eq!(parse("\u{feff}{\"a\": 1}").unwrap()["a"], 1);
        assert!(matches!(parse("{} x"), Err(JsonError::Syntax { .. })));
        assert!(matches!(parse("not json"), Err(JsonError::Syntax { .. })));
        assert!(matches!(parse(""), Err(JsonError::Syntax { .. })));
    }
}

//! What the bundle tests share: checking JSON against the published
//! schemas in `docs/schema/`.

use std::path::Path;

fn schema_validator(name: &str) -> jsonschema::Validator {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema");
    let load = |f: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(root.join(f)).unwrap()).unwrap()
    };
    jsonschema::options()
        .with_resource(
            "https://etapp.invalid/schema/record.schema.json",
            jsonschema::Resource::from_contents(load("record.schema.json")).unwrap(),
        )
        .build(&load(name))
        .unwrap()
}

/// Checks `value` against a schema, naming every error.
pub fn assert_fits(schema: &str, value: &serde_json::Value) {
    let v = schema_validator(schema);
    let errors: Vec<String> = v
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{schema}: {errors:#?}");
}

"""Pure domain: enums, value types and rules. No I/O, no Qt, no SQLCipher."""

"""Exchange with other laptops: send and receive bundles, settle conflicts."""

package id.sofifi.asn.kernel;

/** Jenis kelamin as the NIK encodes it: women's birth day is stored plus 40. */
public enum Sex {
    M, F
}

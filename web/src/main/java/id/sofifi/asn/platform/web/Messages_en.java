package id.sofifi.asn.platform.web;

/** English, the second language; a key not yet translated falls back to Indonesian (the parent). */
public class Messages_en extends Messages {
    public Messages_en() {
        super("en");
    }
}

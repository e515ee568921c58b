package nl.wielwijzer.profile;

import nl.wielwijzer.bcw.Coded;

/**
 * The sector of the profile: VVT is nursing homes, care homes and home care (seed 002); gemeente the
 * municipal sector of the A&amp;O fonds Gemeenten (seeds 003 and 000); everything else is {@code other}.
 */
public enum Sector implements Coded {
    /** VVT (nursing homes, care homes and home care) ({@code vvt}); in Dutch: VVT (verpleeg-, verzorgingshuizen en thuiszorg). */
    VVT("vvt", "VVT (verpleeg-, verzorgingshuizen en thuiszorg)", "VVT (nursing homes, care homes and home care)"),
    /** Municipalities ({@code gemeente}); in Dutch: gemeenten. */
    GEMEENTE("gemeente", "gemeenten", "municipalities"),
    /** Other sector ({@code other}); in Dutch: andere sector. */
    OTHER("other", "andere sector", "other sector");

    private final Labels labels;

    Sector(String code, String nl, String en) {
        this.labels = new Labels(code, nl, en);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}

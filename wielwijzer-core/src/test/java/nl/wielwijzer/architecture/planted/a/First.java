package nl.wielwijzer.architecture.planted.a;

import nl.wielwijzer.architecture.planted.b.Second;

/** Planted for ArchitectureTest: half of a package cycle. */
public class First {
    Second second;
}

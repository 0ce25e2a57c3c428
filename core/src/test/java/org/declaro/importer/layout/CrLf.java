package org.declaro.importer.layout;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/** Windows line ends: every LF becomes CR LF, as a file saved on Windows or sent by a web server has them. */
final class CrLf implements LayoutTransform {

    @Override
    public String name() {
        return "CrLf";
    }

    @Override
    public Set<Rendering> renderings() {
        return EnumSet.allOf(Rendering.class);
    }

    @Override
    public Phase phase() {
        return Phase.CHARACTERS;
    }

    @Override
    public String apply(String text, Random random) {
        return text.replace("\n", "\r\n");
    }
}

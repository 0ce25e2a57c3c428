package org.declaro.benchmarks;

/** The baseline of the cold-start measurement: a JVM that starts, prints and exits. */
public final class Hello {
    private Hello() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}

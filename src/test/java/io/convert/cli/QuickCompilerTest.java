package io.convert.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuickCompilerTest {
    /** What HotSpot 17's VM.flags prints for a plain run, and for the launcher's C1-only flags. */
    private static final String PLAIN = "-XX:CICompilerCount=2 -XX:ConcGCThreads=1 -XX:InitialHeapSize=398458880"
            + " -XX:MaxHeapSize=6320816128 -XX:+UseCompressedOops -XX:+UseG1GC";
    private static final String LAUNCHER = "-XX:CICompilerCount=1 -XX:CompileThresholdScaling=0.500000"
            + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    @Test
    void aPlainRunHasNoCompilerChoiceOfItsOwn() {
        assertFalse(QuickCompiler.compilerChosenByFlags(PLAIN));
    }

    @Test
    void aChoiceMadeWithFlagsIsLeftAlone() {
        assertTrue(QuickCompiler.compilerChosenByFlags(LAUNCHER));
        assertTrue(QuickCompiler.compilerChosenByFlags(PLAIN + " -XX:TieredStopAtLevel=4"));
        // Without tiers C2 is the only compiler: excluding it would leave the run interpreted.
        assertTrue(QuickCompiler.compilerChosenByFlags(PLAIN + " -XX:-TieredCompilation"));
        assertTrue(QuickCompiler.compilerChosenByFlags(PLAIN + " -XX:+EnableJVMCI -XX:+UseJVMCICompiler"));
    }
}

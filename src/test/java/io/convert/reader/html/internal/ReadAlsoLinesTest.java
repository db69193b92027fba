package io.convert.reader.html.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReadAlsoLinesTest {

    @Test
    void aLabelInLenticularBracketsPointsToAnotherArticle() {
        String headline = "城西老旧小区加装电梯工作启动";
        String linked = "【相关阅读】" + headline;
        assertTrue(Hints.isReadAlsoLine(Hints.normalize(linked), letters(linked), letters(headline)));
        String unlinked = "【延伸阅读】本市今年将再改造十五个农贸市场";
        assertTrue(Hints.isReadAlsoLine(Hints.normalize(unlinked), letters(unlinked), 0));
    }

    @Test
    void unlinkedChineseSentencesAfterALabelAreTheArticlesOwn() {
        String prose = "相关阅读：市场管理处负责人介绍，以前每到下雨天地面又湿又滑。这次改造重新铺设了防滑地砖。";
        assertFalse(Hints.isReadAlsoLine(Hints.normalize(prose), letters(prose), 0));
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }
}

package org.cppcc.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which databases make a node certainly the only one (and so allow the demo clock). */
class SingleNodeTest {

    @Test
    void embeddedH2IsASingleNode() {
        assertThat(SingleNode.holds("jdbc:h2:file:./data/cppcc;MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE"))
                .isTrue();
        assertThat(SingleNode.holds("jdbc:h2:mem:cppcc;MODE=MySQL;DB_CLOSE_DELAY=-1"))
                .isTrue();
        assertThat(SingleNode.holds("jdbc:h2:./data/cppcc")).isTrue();
    }

    @Test
    void aSharedDatabaseIsNot() {
        assertThat(SingleNode.holds("jdbc:mysql://127.0.0.1:3306/cppcc?nullCatalogMeansCurrent=true"))
                .isFalse();
        assertThat(SingleNode.holds("jdbc:mariadb://db/cppcc")).isFalse();
        assertThat(SingleNode.holds("jdbc:h2:tcp://db:9092/cppcc")).isFalse();
        assertThat(SingleNode.holds("jdbc:h2:ssl://db/cppcc")).isFalse();
        assertThat(SingleNode.holds("jdbc:h2:file:./data/cppcc;AUTO_SERVER=TRUE"))
                .isFalse();
        assertThat(SingleNode.holds("")).isFalse();
        assertThat(SingleNode.holds(null)).isFalse();
    }
}

package cn.gov.huaian.zjtx.matchmaking.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A stored vector read from PostgreSQL's binary array form ({@code array_send} of a real[]). */
class VectorDecodingTest {
  /**
   * The bytes PostgreSQL sends for a one-dimensional float4 array; NaN stands for a NULL element.
   */
  static byte[] sent(float... values) {
    var out = ByteBuffer.allocate(20 + values.length * 8);
    out.putInt(1).putInt(0).putInt(700).putInt(values.length).putInt(1);
    for (float v : values) {
      if (Float.isNaN(v)) {
        out.putInt(-1).putFloat(0); // a NULL element: length -1 (the 4 bytes after it are unread)
      } else {
        out.putInt(Float.BYTES).putFloat(v);
      }
    }
    return out.array();
  }

  @Test
  void theFloatsComeBackExactly() throws SQLException {
    assertThat(CandidateRows.vector(sent(1.5f, -2.25f, 0f, 3.4028235e38f)))
        .containsExactly(1.5f, -2.25f, 0f, 3.4028235e38f);
  }

  @Test
  void noVectorAndAnEmptyArray() throws SQLException {
    assertThat(CandidateRows.vector(null)).isNull();
    var empty = ByteBuffer.allocate(12).putInt(0).putInt(0).putInt(700).array();
    assertThat(CandidateRows.vector(empty)).isEmpty();
  }

  @Test
  void aNullElementOrATwoDimensionalArrayIsNotAVector() {
    assertThatThrownBy(() -> CandidateRows.vector(sent(1f, Float.NaN)))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("第 2 个元素为空");
    var matrix = ByteBuffer.allocate(12).putInt(2).putInt(0).putInt(700).array();
    assertThatThrownBy(() -> CandidateRows.vector(matrix))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("2 维");
  }
}

package cn.gov.huaian.zjtx.policy.rules.engine;

/**
 * Scratch buffers for evaluating programs over a block, one set per thread and reused for every
 * block and program, so the batch path allocates nothing. A node at nesting depth d owns truth
 * buffers 2d+1 and 2d+2 and number buffers 4d to 4d+3; buffer 0 is the root's result.
 */
public final class Workspace {
  private final int capacity;
  private byte[][] truths = new byte[0][];
  private double[][] numbers = new double[0][];

  public Workspace(int capacity) {
    this.capacity = capacity;
  }

  byte[] truths(int depth) {
    if (depth >= truths.length) {
      truths = grow(truths, depth);
    }
    return truths[depth];
  }

  /** Two number buffers per depth (lowest and highest points of a score). */
  double[] numbers(int index) {
    if (index >= numbers.length) {
      double[][] bigger = java.util.Arrays.copyOf(numbers, index + 4);
      for (int i = numbers.length; i < bigger.length; i++) {
        bigger[i] = new double[capacity];
      }
      numbers = bigger;
    }
    return numbers[index];
  }

  private byte[][] grow(byte[][] buffers, int depth) {
    byte[][] bigger = java.util.Arrays.copyOf(buffers, depth + 4);
    for (int i = buffers.length; i < bigger.length; i++) {
      bigger[i] = new byte[capacity];
    }
    return bigger;
  }
}

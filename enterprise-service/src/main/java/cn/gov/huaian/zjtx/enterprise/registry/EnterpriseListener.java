package cn.gov.huaian.zjtx.enterprise.registry;

/**
 * Told of every change to an enterprise inside the transaction that makes it (after the flush, so
 * the version is final). The outbox is the listener that matters.
 */
public interface EnterpriseListener {
  void registered(Enterprise e);

  void changed(Enterprise e);
}

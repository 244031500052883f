package cn.gov.huaian.zjtx.policy.push;

import cn.gov.huaian.zjtx.policy.catalog.ProgramCatalog;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every morning (Asia/Shanghai): remind eligible enterprises of deadlines within N days. Safe on
 * every replica: each reminder has a unique key.
 */
@ApplicationScoped
public class DeadlineReminderJob {
  private static final Logger LOG = Logger.getLogger(DeadlineReminderJob.class);
  private final Inbox inbox;
  private final ProgramCatalog catalog;

  public DeadlineReminderJob(Inbox inbox, ProgramCatalog catalog) {
    this.inbox = inbox;
    this.catalog = catalog;
  }

  @Scheduled(cron = "${zjtx.push.deadline-cron:0 0 8 * * ?}", timeZone = "Asia/Shanghai")
  void run() {
    // A catalogue batch that closed yesterday gives way to the next one before anyone is reminded.
    // Every replica runs this; one losing a concurrent update still sends its reminders.
    try {
      int moved = catalog.refreshCatalogueDeadlines();
      if (moved > 0) {
        LOG.infof("政策目录申报截止日已按批次更新 %d 项", moved);
      }
    } catch (RuntimeException e) {
      LOG.warnf("政策目录申报截止日未能更新（另一副本可能正在更新）：%s", e.getMessage());
    }
    int sent = inbox.remindDeadlines();
    if (sent > 0) {
      LOG.infof("已发送申报截止提醒 %d 条", sent);
    }
  }
}

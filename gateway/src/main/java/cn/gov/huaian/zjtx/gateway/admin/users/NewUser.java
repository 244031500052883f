package cn.gov.huaian.zjtx.gateway.admin.users;

import cn.gov.huaian.zjtx.platform.web.PlainName;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A user to create. The role decides which binding is required: an enterprise user needs {@code
 * enterpriseId}, a university user {@code universityId}, an expert {@code expertId}.
 */
public record NewUser(
    @NotBlank(message = "用户名不能为空")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "用户名须为 3–64 位小写字母、数字或 . _ -")
        String username,
    @NotBlank(message = "姓名不能为空") @Size(max = 50, message = "姓名不能超过 50 个字符") @PlainName
        String displayName,
    @Email(message = "邮箱格式不正确") @Size(max = 200, message = "邮箱不能超过 200 个字符") String email,
    @NotBlank(message = "角色不能为空")
        @Pattern(
            regexp = "enterprise|university|expert|commissioner|admin",
            message = "角色须为 enterprise、university、expert、commissioner 或 admin 之一")
        String role,
    UUID enterpriseId,
    UUID universityId,
    UUID expertId,
    @Size(min = 8, max = 64, message = "初始密码须为 8–64 个字符") String initialPassword) {}
